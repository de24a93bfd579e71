package io.trendreports.csv;

/**
 * How the CSV files are written.
 *
 * @param byteOrderMark start each file with a UTF-8 BOM, so that Excel on Windows detects UTF-8
 * @param formulaGuard  prefix report text that a spreadsheet would run as a formula with {@code '}
 *                      (see {@link FormulaGuard})
 */
public record CsvSettings(boolean byteOrderMark, boolean formulaGuard) {

    /** BOM on and guard on: the safe choice when the files are opened in a spreadsheet. */
    public static CsvSettings defaults() {
        return new CsvSettings(true, true);
    }
}
