package io.trendreports.model;

/** How a theme moved between two consecutive editions of a topic. */
public enum ChangeKind {
    NEW, DROPPED, STRENGTHENED, WEAKENED, STEADY;

    public String label() {
        return name().charAt(0) + name().substring(1).toLowerCase(java.util.Locale.ROOT);
    }
}
