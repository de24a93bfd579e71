package io.trendreports.xlsx;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.Row;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.function.Supplier;

/**
 * Writes typed cells with the shared styles. Report text always goes in as a string cell, so a
 * title like {@code =1+1} stays literal text and is never evaluated.
 */
final class Cells {

    private final WorkbookStyles styles;
    private final CellText cellText;

    Cells(WorkbookStyles styles, CellText cellText) {
        this.styles = styles;
        this.cellText = cellText;
    }

    WorkbookStyles styles() {
        return styles;
    }

    /** The text as a cell will hold it, to name a table column after a header cell. */
    String clean(String value) {
        return cellText.clean(value);
    }

    Cell text(Row row, int column, String value) {
        return text(row, column, value, styles.text);
    }

    Cell text(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(cellText.clean(value));
        cell.setCellStyle(style);
        return cell;
    }

    /**
     * A link as a {@code HYPERLINK} formula with its text as the cached value. A run of 100,000
     * reports has a link per report, and POI keeps every hyperlink object (some 2 KB of XML
     * beans each) until the workbook is saved; a formula cell is streamed out like any other.
     * Excel and LibreOffice open a relative address beside the workbook. An address or text
     * longer than a formula string may be (255 characters) falls back to a hyperlink object.
     */
    Cell link(Row row, int column, String address, String value, Supplier<Hyperlink> hyperlink) {
        String shown = cellText.clean(value);
        if (address.length() > MAX_FORMULA_STRING || shown.length() > MAX_FORMULA_STRING) {
            return hyperlink(row, column, address, value, hyperlink.get());
        }
        Cell cell = row.createCell(column);
        cell.setCellFormula("HYPERLINK(" + quoted(address) + "," + quoted(shown) + ")");
        cell.setCellValue(shown);
        cell.setCellStyle(styles.hyperlink);
        return cell;
    }

    /** A text cell carrying a hyperlink object, for the few links that cannot be a formula or are one of a kind. */
    Cell hyperlink(Row row, int column, String address, String value, Hyperlink link) {
        Cell cell = text(row, column, value, styles.hyperlink);
        link.setAddress(address);
        cell.setHyperlink(link);
        return cell;
    }

    /** Excel's limit on a string constant in a formula. */
    static final int MAX_FORMULA_STRING = 255;

    private static String quoted(String text) {
        return '"' + text.replace("\"", "\"\"") + '"';
    }

    /** NaN and infinities would become error cells; a blank cell says "no value" honestly. */
    Cell number(Row row, int column, double value, CellStyle style) {
        Cell cell = row.createCell(column);
        if (Double.isFinite(value)) {
            cell.setCellValue(value);
        }
        cell.setCellStyle(style);
        return cell;
    }

    /** A percentage (0-100) as the fraction Excel's {@code %} formats expect. */
    Cell percent(Row row, int column, double pct) {
        return number(row, column, fraction(pct), styles.percent);
    }

    /** A difference of percentages in percentage points, shown signed with "pts". */
    Cell change(Row row, int column, double deltaPct) {
        return number(row, column, points(deltaPct), styles.change);
    }

    /** Percentage points rounded like {@link #fraction} rounds shares, for the same reason. */
    static double points(double pct) {
        if (!Double.isFinite(pct)) {
            return pct;
        }
        return BigDecimal.valueOf(pct).setScale(FRACTION_DECIMALS - 2, RoundingMode.HALF_UP).doubleValue();
    }

    /** A calendar day as a real date cell, so Excel sorts, filters and groups it by date. */
    Cell day(Row row, int column, LocalDate day) {
        Cell cell = row.createCell(column);
        cell.setCellValue(day);
        cell.setCellStyle(styles.day);
        return cell;
    }

    /**
     * A percentage as a fraction rounded to {@value #FRACTION_DECIMALS} decimals (0.0001 %
     * points): far below what the {@code 0.0%} format shows, but it keeps binary noise such as
     * {@code 0.17309999999999998} out of the formula bar and out of anything that reads the values.
     */
    static double fraction(double pct) {
        if (!Double.isFinite(pct)) {
            return pct;
        }
        return BigDecimal.valueOf(pct).movePointLeft(2).setScale(FRACTION_DECIMALS, RoundingMode.HALF_UP).doubleValue();
    }

    static final int FRACTION_DECIMALS = 6;

    void header(Row row, String... titles) {
        for (int i = 0; i < titles.length; i++) {
            text(row, i, titles[i], styles.header);
        }
    }

    /** A header row an Excel table will paint: the table style fills it, this gives it its font. */
    void tableHeader(Row row, String... titles) {
        for (int i = 0; i < titles.length; i++) {
            text(row, i, titles[i], styles.tableHeader);
        }
    }
}
