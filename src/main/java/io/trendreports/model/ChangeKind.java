package io.trendreports.model;

/** How a theme moved between two consecutive editions. */
public enum ChangeKind {
    NEW, DROPPED, RISING, FALLING, STEADY;

    public String label() {
        return name().charAt(0) + name().substring(1).toLowerCase(java.util.Locale.ROOT);
    }
}
