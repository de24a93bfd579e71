package io.trendreports.themes;

/** How a section came by its theme in a run. */
public enum AssignmentKind {
    /** An earlier run gave it this theme (or one merged into it since). */
    KEPT,
    /** New, and it fitted an existing theme. */
    JOINED,
    /** New, fitted none, and founded a theme with the new sections like it. */
    FOUNDED,
    /** An analyst pinned it to the theme. */
    PINNED
}
