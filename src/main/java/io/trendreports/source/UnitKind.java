package io.trendreports.source;

/**
 * The kinds of block that can head a part of a report, from the strongest signal to the weakest.
 * Their {@link #level} continues the heading levels, so that one ordering ranks them all.
 */
enum UnitKind {
    /** An ATX or Setext heading; its level is the heading's own (1 to 6). */
    HEADING(0, "H"),
    /** A paragraph whose first line is only bold text ({@code **Cloud costs**}). */
    BOLD_LINE(7, "bold line"),
    /** A numbered list item or numbered bold lead-in that carries a whole trend. */
    NUMBERED_PARAGRAPH(8, "numbered paragraph");

    private final int level;
    private final String label;

    UnitKind(int level, String label) {
        this.level = level;
        this.label = label;
    }

    int level(int headingLevel) {
        return this == HEADING ? headingLevel : level;
    }

    /** How a level is named to an operator: "H3", "bold line", "numbered paragraph". */
    static String describe(int level) {
        if (level <= 6) {
            return HEADING.label + level;
        }
        return level == BOLD_LINE.level ? BOLD_LINE.label : NUMBERED_PARAGRAPH.label;
    }
}
