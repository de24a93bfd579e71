package io.trendreports.xlsx;

import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Link cells as saved by the streaming workbook and read back by POI. */
class LinkCellTest {

    @TempDir
    Path dir;

    @Test
    void aLinkIsAHyperlinkFormulaShowingItsTextWithQuotesDoubled() throws IOException {
        XSSFCell cell = written("briefs/a%22b.pdf", "briefs/a\"b.pdf");
        assertThat(cell.getCellType()).isEqualTo(CellType.FORMULA);
        assertThat(cell.getCellFormula()).isEqualTo("HYPERLINK(\"briefs/a%22b.pdf\",\"briefs/a\"\"b.pdf\")");
        assertThat(cell.getStringCellValue()).as("the cached value a reader sees without recalculating")
                .isEqualTo("briefs/a\"b.pdf");
        assertThat(cell.getHyperlink()).isNull();
    }

    @Test
    void anAddressLongerThanAFormulaStringMayBeIsAHyperlinkObject() throws IOException {
        String address = "https://reports.example.com/" + "a".repeat(Cells.MAX_FORMULA_STRING) + ".pdf";
        XSSFCell cell = written(address, address);
        assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
        assertThat(cell.getStringCellValue()).isEqualTo(address);
        assertThat(cell.getHyperlink().getType()).isEqualTo(HyperlinkType.URL);
        assertThat(cell.getHyperlink().getAddress()).isEqualTo(address);
    }

    private XSSFCell written(String address, String text) throws IOException {
        Path file = dir.resolve("links.xlsx");
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(10)) {
            Cells cells = new Cells(new WorkbookStyles(workbook), new CellText());
            Row row = workbook.createSheet("Links").createRow(0);
            Cell cell = cells.link(row, 0, address, text,
                    () -> workbook.getCreationHelper().createHyperlink(HyperlinkType.URL));
            assertThat(cell.getCellStyle().getIndex()).isEqualTo(cells.styles().hyperlink.getIndex());
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
            workbook.dispose();
        }
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook read = new XSSFWorkbook(in)) {
            return read.getSheet("Links").getRow(0).getCell(0);
        }
    }
}
