package io.trendreports.xlsx;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTTable;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTTableColumn;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTTableColumns;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTTableStyleInfo;

/**
 * Turns a written block (a header row, data below) into an Excel table (ListObject):
 * banded rows, filter buttons, and a name analysts can use in formulas and pivot tables.
 *
 * <p>The table is declared on the {@link XSSFSheet} behind a streamed sheet after its rows were
 * written. POI names table columns from the header cells it can read, and streamed cells are no
 * longer readable, so the names are set from {@code header} here; they must equal the header
 * cell texts, or Excel "repairs" the file on opening.
 */
final class ExcelTable {

    static final String STYLE = "TableStyleMedium2";

    private ExcelTable() {
    }

    /**
     * @param lastRow index of the last data row; a table with no data keeps one empty row, since
     *                Excel rejects a table made of its header alone
     */
    static XSSFTable add(XSSFSheet sheet, String name, String[] header, int lastRow) {
        return add(sheet, name, header, 0, lastRow);
    }

    /**
     * A table whose header row is {@code headerRow}, from column A.
     *
     * @param lastRow index of the last data row; at least the row below the header
     */
    static XSSFTable add(XSSFSheet sheet, String name, String[] header, int headerRow, int lastRow) {
        AreaReference area = new AreaReference(new CellReference(headerRow, 0),
                new CellReference(Math.max(headerRow + 1, lastRow), header.length - 1), SpreadsheetVersion.EXCEL2007);
        // the columns are declared here rather than by createTable(area): POI numbers each new
        // column by walking all the others, which made a thousand-edition header take seconds
        XSSFTable table = sheet.createTable(null);
        table.setName(name);
        table.setDisplayName(name);
        CTTable ct = table.getCTTable();
        ct.setRef(area.formatAsString());
        table.updateReferences();
        CTTableColumns columns = ct.getTableColumns() != null ? ct.getTableColumns() : ct.addNewTableColumns();
        for (int i = 0; i < header.length; i++) {
            CTTableColumn column = columns.addNewTableColumn();
            column.setId(i + 1L);
            column.setName(header[i]);
        }
        columns.setCount(header.length);
        if (!ct.isSetAutoFilter()) {
            ct.addNewAutoFilter();
        }
        ct.getAutoFilter().setRef(area.formatAsString());
        CTTableStyleInfo style = ct.isSetTableStyleInfo() ? ct.getTableStyleInfo() : ct.addNewTableStyleInfo();
        style.setName(STYLE);
        style.setShowRowStripes(true);
        style.setShowColumnStripes(false);
        style.setShowFirstColumn(false);
        style.setShowLastColumn(false);
        return table;
    }
}
