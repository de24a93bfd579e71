package io.trendreports.source;

/**
 * The kinds of block that can head a part of a report, from the strongest signal to the weakest.
 * Levels rank them all on one scale: ten per kind (headings take ten per heading level), and
 * within the kinds that have no levels of their own one more per part of an outline number, so the
 * bold line "2.1 Solar" ranks below the bold line "2. Trends".
 */
enum UnitKind {
    /** An ATX or Setext heading: levels 10 to 69. */
    HEADING(0, "H"),
    /** A paragraph whose first line is only bold text ({@code **Cloud costs**}). */
    BOLD_LINE(7, "bold line"),
    /** A plain line that is only a label and its number ({@code Event 2:}), one of a run of them. */
    LABEL_LINE(8, "label line"),
    /** A numbered list item or numbered bold lead-in that carries a whole trend. */
    NUMBERED_PARAGRAPH(9, "numbered paragraph"),
    /** A bullet list item opening with a bold lead-in ({@code - **Edge AI:** ...}) that carries a trend. */
    BULLET_LEAD_IN(10, "bulleted lead-in");

    private final int rank;
    private final String label;

    UnitKind(int rank, String label) {
        this.rank = rank;
        this.label = label;
    }

    /** @param headingLevel 1-6 for headings, ignored otherwise; @param numberDepth parts of its outline number */
    int level(int headingLevel, int numberDepth) {
        if (this == HEADING) {
            // a heading's own level already says how deep it is: "### 4.1" under "## 四、" is one level down
            return headingLevel * 10;
        }
        return rank * 10 + Math.min(9, Math.max(0, numberDepth - 1));
    }

    static UnitKind of(int level) {
        int base = level / 10;
        return base <= 6 ? HEADING : base == 7 ? BOLD_LINE : base == 8 ? LABEL_LINE
                : base == 9 ? NUMBERED_PARAGRAPH : BULLET_LEAD_IN;
    }

    static boolean isHeading(int level) {
        return of(level) == HEADING;
    }

    /** True for the levels whose units are list items, which the parser walks one by one. */
    static boolean isListItem(int level) {
        UnitKind kind = of(level);
        return kind == NUMBERED_PARAGRAPH || kind == BULLET_LEAD_IN;
    }

    /** How a level is named to an operator: "H3", "bold line", "H3 (numbered x.y)". */
    static String describe(int level) {
        return describe(level, false);
    }

    /** @param plural "bold lines", "H3" (heading names have no plural) */
    static String describe(int level, boolean plural) {
        UnitKind kind = of(level);
        String name = kind == HEADING ? "H" + level / 10 : kind.label + (plural ? "s" : "");
        int sub = level % 10;
        return sub == 0 ? name : name + " (numbered x" + ".y".repeat(sub) + ")";
    }
}
