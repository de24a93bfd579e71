package io.trendreports.xlsx;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;

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

    Cell text(Row row, int column, String value) {
        return text(row, column, value, styles.text);
    }

    Cell text(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(cellText.clean(value));
        cell.setCellStyle(style);
        return cell;
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
        return number(row, column, pct / 100.0, styles.percent);
    }

    /** A difference of percentages, shown as signed points. */
    Cell change(Row row, int column, double deltaPct) {
        return number(row, column, deltaPct / 100.0, styles.change);
    }

    void header(Row row, String... titles) {
        for (int i = 0; i < titles.length; i++) {
            text(row, i, titles[i], styles.header);
        }
    }
}
