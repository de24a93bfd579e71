package io.trendreports.xlsx;

import org.apache.poi.ss.usermodel.Sheet;

/**
 * Column widths from the text of the first rows, a cheap stand-in for {@code autoSizeColumn},
 * which needs every row in memory and the fonts of the machine. Widths are in characters,
 * clamped so one long title cannot make a column wider than the screen.
 */
final class ColumnWidths {

    static final int SAMPLE_ROWS = 200;
    static final int MIN_CHARS = 8;
    static final int MAX_CHARS = 60;

    private final int[] maxChars;
    private final Integer[] fixed;
    private int sampled;

    ColumnWidths(int columns) {
        this.maxChars = new int[columns];
        this.fixed = new Integer[columns];
    }

    ColumnWidths fix(int column, int chars) {
        fixed[column] = chars;
        return this;
    }

    /** Counts one row of cell texts; rows beyond the sample are ignored. */
    void observe(String... texts) {
        if (sampled++ >= SAMPLE_ROWS) {
            return;
        }
        for (int i = 0; i < texts.length && i < maxChars.length; i++) {
            maxChars[i] = Math.max(maxChars[i], longestLine(texts[i]));
        }
    }

    void apply(Sheet sheet) {
        for (int i = 0; i < maxChars.length; i++) {
            int chars = fixed[i] != null ? fixed[i] : Math.max(MIN_CHARS, Math.min(MAX_CHARS, maxChars[i] + 2));
            sheet.setColumnWidth(i, chars * 256);
        }
    }

    private static int longestLine(String text) {
        if (text == null) {
            return 0;
        }
        int longest = 0;
        for (String line : text.split("\\R", -1)) {
            longest = Math.max(longest, line.codePointCount(0, line.length()));
        }
        return longest;
    }
}
