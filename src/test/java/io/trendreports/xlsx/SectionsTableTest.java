package io.trendreports.xlsx;

import io.trendreports.model.InMemoryRunSnapshot;
import io.trendreports.model.SampleRuns;
import io.trendreports.model.TrendRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFTableColumn;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The Sections sheet as an Excel table, and its rows as the records they came from. */
class SectionsTableTest {

    @TempDir
    Path dir;

    @Test
    void sectionsAreOneStyledExcelTableWhoseColumnsAreTheHeaderCells() throws IOException {
        try (XSSFWorkbook workbook = XlsxFixtures.writeAndOpen(SampleRuns.twoEditions(), dir)) {
            XSSFSheet sections = workbook.getSheet("Sections");
            assertThat(sections.getTables()).singleElement().satisfies(table -> {
                assertThat(table.getName()).isEqualTo("SectionsTable");
                assertThat(table.getDisplayName()).isEqualTo("SectionsTable");
                assertThat(table.getArea().formatAsString()).isEqualTo("A1:S6");
                assertThat(table.getStyleName()).isEqualTo("TableStyleMedium2");
                assertThat(table.getStyle().isShowRowStripes()).isTrue();
                assertThat(table.getCTTable().getAutoFilter().getRef()).isEqualTo("A1:S6");
                assertThat(table.getColumns()).extracting(XSSFTableColumn::getName)
                        .containsExactly(SectionsSheet.HEADER)
                        .containsExactlyElementsOf(headerTexts(sections));
            });
            assertThat(sections.getCTWorksheet().isSetAutoFilter())
                    .as("a sheet filter over a table makes Excel repair the file").isFalse();
        }
    }

    @Test
    void everyRowHoldsItsRecordWithTypedCells() throws IOException {
        InMemoryRunSnapshot run = XlsxFixtures.withHostileReport();
        List<TrendRecord> records = new ArrayList<>();
        run.forEachRecord(records::add);

        try (XSSFWorkbook workbook = XlsxFixtures.writeAndOpen(run, dir)) {
            XSSFSheet sections = workbook.getSheet("Sections");
            assertThat(sections.getLastRowNum()).isEqualTo(records.size());
            for (int i = 0; i < records.size(); i++) {
                TrendRecord r = records.get(i);
                Row row = sections.getRow(i + 1);
                assertThat(texts(row, 0, 1, 2, 3, 4, 5, 7, 8, 9, 11, 12, 13, 14)).as("row %d", i + 1).containsExactly(
                        r.reportId(), r.reportTitle(), r.period(), r.language(), r.sourceFile(), r.sourceSha256(),
                        r.sectionTitle(), r.themeId(), r.themeLabel(), r.summary(), String.join("; ", r.keyTerms()),
                        String.join("; ", r.entities()), String.join("; ", r.sectors()));
                assertThat(row.getCell(18).getLocalDateTimeCellValue().toLocalDate())
                        .isEqualTo(LocalDate.of(Integer.parseInt(r.period()), 1, 1));
                assertThat(numbers(row, 6, 10, 15, 16, 17)).as("row %d", i + 1).containsExactly(
                        (double) r.sectionNo(), r.themeScore(), (double) r.wordCount(), (double) r.sentenceCount(),
                        r.sharePct() / 100);
            }
        }
    }

    @Test
    void periodStartIsADateOnlyWhereThePeriodIsOne() throws IOException {
        InMemoryRunSnapshot run = XlsxFixtures.single(
                XlsxFixtures.record("a", "A", "2024-03-17", 1, "s", "other", 100),
                XlsxFixtures.record("b", "B", "2024-Q2", 1, "s", "other", 100),
                XlsxFixtures.record("c", "C", "2024-06", 1, "s", "other", 100));
        try (XSSFWorkbook workbook = XlsxFixtures.writeAndOpen(run, dir)) {
            XSSFSheet sections = workbook.getSheet("Sections");
            assertThat(sections.getRow(1).getCell(18).getLocalDateTimeCellValue().toLocalDate())
                    .isEqualTo(LocalDate.of(2024, 3, 17));
            assertThat(sections.getRow(2).getCell(18).getLocalDateTimeCellValue().toLocalDate())
                    .isEqualTo(LocalDate.of(2024, 6, 1));
            assertThat(sections.getRow(3).getCell(2).getStringCellValue()).isEqualTo("2024-Q2");
            Cell none = sections.getRow(3).getCell(18);
            assertThat(none == null || none.getCellType() == CellType.BLANK).as("no guessed date for 2024-Q2").isTrue();
        }
    }

    @Test
    void anEmptyRunKeepsATableWithOneEmptyRow() throws IOException {
        try (XSSFWorkbook workbook = XlsxFixtures.writeAndOpen(
                new InMemoryRunSnapshot(SampleRuns.THEMES, List.of()), dir)) {
            XSSFTable table = workbook.getSheet("Sections").getTables().get(0);
            assertThat(table.getArea().formatAsString()).isEqualTo("A1:S2");
        }
    }

    @Test
    void rowsWithLongSummariesAreTallEnoughToShowThem() throws IOException {
        String longSummary = "word ".repeat(80).strip();
        InMemoryRunSnapshot run = XlsxFixtures.single(
                XlsxFixtures.record("a", "A", "2024", 1, "short", "other", 50),
                XlsxFixtures.record("a", "A", "2024", 2, longSummary, "other", 50));
        try (XSSFWorkbook workbook = XlsxFixtures.writeAndOpen(run, dir)) {
            XSSFSheet sections = workbook.getSheet("Sections");
            assertThat(sections.getRow(1).getHeightInPoints()).isEqualTo(sections.getDefaultRowHeightInPoints());
            assertThat(sections.getRow(2).getHeightInPoints()).as("399 characters in an 80-wide column")
                    .isEqualTo(5 * 15f);
        }
    }

    private static List<String> headerTexts(XSSFSheet sheet) {
        List<String> texts = new ArrayList<>();
        sheet.getRow(0).forEach(c -> texts.add(c.getStringCellValue()));
        return texts;
    }

    private static List<String> texts(Row row, int... columns) {
        List<String> texts = new ArrayList<>();
        for (int c : columns) {
            assertThat(row.getCell(c).getCellType()).as("column %d", c).isEqualTo(CellType.STRING);
            texts.add(row.getCell(c).getStringCellValue());
        }
        return texts;
    }

    private static List<Double> numbers(Row row, int... columns) {
        List<Double> numbers = new ArrayList<>();
        for (int c : columns) {
            assertThat(row.getCell(c).getCellType()).as("column %d", c).isEqualTo(CellType.NUMERIC);
            numbers.add(row.getCell(c).getNumericCellValue());
        }
        return numbers;
    }
}
