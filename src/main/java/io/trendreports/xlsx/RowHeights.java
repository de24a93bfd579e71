package io.trendreports.xlsx;

import org.apache.poi.ss.usermodel.Row;

/**
 * Row heights for wrapped text, estimated from its length. Excel recomputes the height of a
 * wrapped row only when a cell is edited, and LibreOffice not at all when it opens the file, so a
 * row left at the default height shows one line of a long summary over the rows below. The
 * estimate counts a column's width in characters as one line (average text is a little narrower
 * than the {@code 0} the width unit is based on, so text rarely needs more lines than estimated).
 */
final class RowHeights {

    static final float LINE_POINTS = 15f;
    /** Beyond this the row gets too tall to scan; the full text is still in the cell. */
    static final int MAX_LINES = 20;

    private RowHeights() {
    }

    /** Lines {@code text} takes when wrapped in a column {@code widthChars} wide, at least 1. */
    static int lines(String text, int widthChars) {
        if (text == null || text.isEmpty()) {
            return 1;
        }
        int lines = 0;
        for (String line : text.split("\\R", -1)) {
            int chars = line.codePointCount(0, line.length());
            lines += Math.max(1, (chars + widthChars - 1) / widthChars);
            if (lines >= MAX_LINES) {
                return MAX_LINES;
            }
        }
        return lines;
    }

    /** Sets the row tall enough for {@code lines}; one line keeps the default height. */
    static void fit(Row row, int lines) {
        if (lines > 1) {
            row.setHeightInPoints(Math.min(lines, MAX_LINES) * LINE_POINTS);
        }
    }
}
