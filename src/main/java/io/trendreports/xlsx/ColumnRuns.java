package io.trendreports.xlsx;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTCol;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTCols;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTWorksheet;

/**
 * Sets the widths of all columns of a sheet at once, one {@code <col>} element per run of
 * consecutive columns of equal width. The sheets with one column per report can have thousands of
 * columns, and {@code Sheet.setColumnWidth} searches and re-sorts every existing column element on
 * each call: for 10,000 reports that was most of the workbook's writing time.
 */
final class ColumnRuns {

    private ColumnRuns() {
    }

    /** @param chars width of each column from A, in characters (Excel's width unit / 256) */
    static void apply(Sheet sheet, int[] chars) {
        XSSFSheet backing = backing(sheet);
        if (backing == null) {
            for (int c = 0; c < chars.length; c++) {
                sheet.setColumnWidth(c, chars[c] * 256);
            }
            return;
        }
        CTWorksheet worksheet = backing.getCTWorksheet();
        CTCols cols = worksheet.sizeOfColsArray() == 0 ? worksheet.addNewCols() : worksheet.getColsArray(0);
        if (cols.sizeOfColArray() > 0) {
            throw new IllegalStateException("column widths of " + sheet.getSheetName() + " are already set");
        }
        for (int start = 0; start < chars.length; ) {
            int end = start;
            while (end + 1 < chars.length && chars[end + 1] == chars[start]) {
                end++;
            }
            CTCol col = cols.addNewCol();
            col.setMin(start + 1L);
            col.setMax(end + 1L);
            col.setWidth(chars[start]);
            col.setCustomWidth(true);
            start = end + 1;
        }
    }

    private static XSSFSheet backing(Sheet sheet) {
        if (sheet instanceof XSSFSheet xssf) {
            return xssf;
        }
        if (sheet instanceof SXSSFSheet streamed) {
            return streamed.getWorkbook().getXSSFWorkbook().getSheet(streamed.getSheetName());
        }
        return null;
    }
}
