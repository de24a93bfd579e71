package io.trendreports.xlsx;

import io.trendreports.model.InMemoryRunSnapshot;
import io.trendreports.model.SampleRuns;
import io.trendreports.model.TrendRecord;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ColumnRunsTest {

    @TempDir
    Path dir;

    @Test
    void widthsReadBackPerColumnAndEqualNeighboursShareOneColumnElement() throws IOException {
        Path file = dir.resolve("widths.xlsx");
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(10)) {
            var sheet = workbook.createSheet("Wide");
            sheet.createRow(0).createCell(4).setCellValue("x");
            ColumnRuns.apply(sheet, new int[]{32, 14, 14, 20, 10});
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            XSSFSheet sheet = workbook.getSheet("Wide");
            assertThat(List.of(0, 1, 2, 3, 4)).extracting(sheet::getColumnWidth)
                    .containsExactly(32 * 256, 14 * 256, 14 * 256, 20 * 256, 10 * 256);
            assertThat(sheet.getCTWorksheet().getColsArray(0).sizeOfColArray()).isEqualTo(4);
        }
    }

    /** One column per report on Comparison and Entities: each sized from its own edition label. */
    @Test
    void everyEditionColumnOfAWideRunIsSizedFromItsLabel() throws IOException {
        List<TrendRecord> records = new ArrayList<>();
        int reports = 300;
        for (int r = 0; r < reports; r++) {
            String title = r % 3 == 0 ? "A much longer report title number " + r : "Report " + r;
            records.add(XlsxFixtures.record("r" + r, title, "2024", 1, "s", "regulation", 100));
        }
        try (XSSFWorkbook workbook = XlsxFixtures.writeAndOpen(new InMemoryRunSnapshot(
                SampleRuns.THEMES, records), dir)) {
            XSSFSheet entities = workbook.getSheet("Entities");
            assertThat(entities.getColumnWidth(0)).as("Entities label column").isEqualTo(32 * 256);
            assertThat(entities.getColumnWidth(1)).as("Entities kind column").isEqualTo(16 * 256);
            for (int c = EntitiesSheet.FIRST_REPORT; c < EntitiesSheet.FIRST_REPORT + reports; c++) {
                String label = entities.getRow(0).getCell(c).getStringCellValue();
                int expected = Math.max(14, Math.min(30, label.length() + 2));
                assertThat(entities.getColumnWidth(c)).as("Entities column " + c + " " + label).isEqualTo(expected * 256);
            }
            // Comparison has a block per series, sharing the columns: each is as wide as its widest label
            XSSFSheet comparison = workbook.getSheet("Comparison");
            assertThat(comparison.getColumnWidth(0)).as("Comparison label column").isEqualTo(32 * 256);
            int[] widest = new int[reports + 2];
            for (org.apache.poi.ss.usermodel.Row row : comparison) {
                if (row.getCell(0) != null && "Theme".equals(row.getCell(0).getStringCellValue())) {
                    for (int c = 1; c < row.getLastCellNum(); c++) {
                        String label = row.getCell(c).getStringCellValue();
                        widest[c] = Math.max(widest[c], Math.max(14, Math.min(30, label.length() + 2)));
                    }
                }
            }
            for (int c = 1; c <= reports; c++) {
                if (widest[c] > 0) {
                    assertThat(comparison.getColumnWidth(c)).as("Comparison column " + c).isEqualTo(widest[c] * 256);
                }
            }
            assertThat(entities.getColumnWidth(EntitiesSheet.FIRST_REPORT + reports)).as("total").isEqualTo(10 * 256);
        }
    }
}
