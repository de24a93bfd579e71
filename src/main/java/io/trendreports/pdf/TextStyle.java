package io.trendreports.pdf;

import java.awt.Color;

/**
 * Size, colour and weight of a kind of text.
 *
 * @param spaceBefore gap above the block, dropped at the top of a page
 * @param spaceAfter  gap below the block
 * @param bold        drawn with the bold face (characters it lacks fall back to the regular chain)
 */
record TextStyle(float size, Color color, float spaceBefore, float spaceAfter, boolean bold) {

    TextStyle(float size, Color color, float spaceBefore, float spaceAfter) {
        this(size, color, spaceBefore, spaceAfter, false);
    }

    static final Color INK = new Color(0x22, 0x22, 0x22);
    static final Color MUTED = new Color(0x6B, 0x6B, 0x6B);
    static final Color ACCENT = new Color(0x1F, 0x4E, 0x79);
    static final Color RULE = new Color(0xC8, 0xD3, 0xDF);
    static final Color SHADE = new Color(0xEE, 0xF2, 0xF6);

    static final TextStyle TITLE = new TextStyle(21, ACCENT, 0, 8, true);
    static final TextStyle H1 = new TextStyle(14, ACCENT, 16, 6, true);
    static final TextStyle H2 = new TextStyle(12, ACCENT, 14, 4, true);
    static final TextStyle H3 = new TextStyle(10.5f, ACCENT, 10, 3, true);
    static final TextStyle BODY = new TextStyle(10, INK, 0, 6);
    static final TextStyle META = new TextStyle(9, MUTED, 0, 2);
    static final TextStyle SMALL = new TextStyle(8, MUTED, 0, 0);

    TextStyle withColor(Color other) {
        return new TextStyle(size, other, spaceBefore, spaceAfter, bold);
    }

    TextStyle withSpaceAfter(float points) {
        return new TextStyle(size, color, spaceBefore, points, bold);
    }

    TextStyle withBold(boolean weight) {
        return new TextStyle(size, color, spaceBefore, spaceAfter, weight);
    }

    /** Baseline-to-baseline distance. */
    float leading() {
        return size * 1.35f;
    }
}
