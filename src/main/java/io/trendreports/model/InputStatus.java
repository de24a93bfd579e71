package io.trendreports.model;

/** What became of one file found in the input folder. */
public enum InputStatus {
    PROCESSED, REJECTED;

    /** The lower-case word used in the manifest. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
