package io.trendreports.csv;

/**
 * How the CSV files are written.
 *
 * @param byteOrderMark start each file with a UTF-8 BOM, so that Excel on Windows detects UTF-8;
 *                      off by default ({@code trend.csv.byte-order-mark}), because the main readers
 *                      are tools, and many of them take the BOM for part of the first column name
 * @param formulaGuard  prefix report text that a spreadsheet would run as a formula with {@code '}
 *                      (see {@link FormulaGuard})
 */
public record CsvSettings(boolean byteOrderMark, boolean formulaGuard) {

    /** The configuration defaults: no BOM (tools first), formula guard on. */
    public static CsvSettings defaults() {
        return new CsvSettings(false, true);
    }
}
