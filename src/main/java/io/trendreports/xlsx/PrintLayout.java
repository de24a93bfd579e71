package io.trendreports.xlsx;

import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * How a sheet prints: landscape (every sheet here is wider than tall), scaled to one page wide and
 * as many pages tall as it needs, A4, the sheet's name in the page header and "Page n of m" in the
 * footer, and the header row repeated on every page of a sheet that has a single one. Without it
 * a spreadsheet program prints a wide sheet as strips of columns, one page each.
 */
final class PrintLayout {

    private PrintLayout() {
    }

    /** @param headerRow the row to repeat on every printed page; -1 for none */
    static void apply(Sheet sheet, int headerRow) {
        PrintSetup setup = sheet.getPrintSetup();
        setup.setLandscape(true);
        setup.setPaperSize(PrintSetup.A4_PAPERSIZE);
        sheet.setFitToPage(true);
        setup.setFitWidth((short) 1);
        setup.setFitHeight((short) 0);
        sheet.setMargin(Sheet.LeftMargin, 0.5);
        sheet.setMargin(Sheet.RightMargin, 0.5);
        sheet.setMargin(Sheet.TopMargin, 0.75);
        sheet.setMargin(Sheet.BottomMargin, 0.75);
        sheet.getHeader().setCenter("&A");
        sheet.getFooter().setCenter("Page &P of &N");
        if (headerRow >= 0) {
            sheet.setRepeatingRows(new CellRangeAddress(headerRow, headerRow, -1, -1));
        }
    }
}
