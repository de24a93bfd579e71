package io.trendreports.model;

/** A taxonomy theme: a stable id used in data and a label shown to people. */
public record Theme(String id, String label) {

    /** The id of the theme given to sections that match no theme well enough. */
    public static final String OTHER_ID = "other";

    public boolean isOther() {
        return OTHER_ID.equals(id);
    }
}
