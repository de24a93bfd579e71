package io.trendreports.xlsx;

import io.trendreports.model.InMemoryRunSnapshot;
import io.trendreports.model.SampleRuns;
import io.trendreports.model.TrendRecord;
import io.trendreports.model.WrittenOutput;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class WorkbookWriterTest {

    @TempDir
    Path dir;

    @Test
    void writesOneWorkbookWithTheSixSheetsAndReportsTheRecordCount() throws IOException {
        List<WrittenOutput> outputs = new WorkbookWriter(new WorkbookSettings("Analyst"))
                .write(SampleRuns.twoEditions(), dir);

        assertThat(outputs).singleElement().satisfies(o -> {
            assertThat(o.path()).isEqualTo("trend-comparison.xlsx");
            assertThat(o.kind()).isEqualTo("xlsx");
            assertThat(o.records()).isEqualTo(5);
            assertThat(o.counters()).containsEntry("truncatedCells", 0L);
        });
        try (XSSFWorkbook workbook = XlsxFixtures.open(dir)) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(6);
            assertThat(List.of(workbook.getSheetName(0), workbook.getSheetName(1), workbook.getSheetName(2),
                    workbook.getSheetName(3), workbook.getSheetName(4), workbook.getSheetName(5)))
                    .containsExactly("Overview", "Comparison", "Sections", "Entities", "Metrics", "Changes");
        }
    }

    @Test
    void documentPropertiesNameTheWorkbookItsAuthorAndTheRunStart() throws IOException {
        InMemoryRunSnapshot run = SampleRuns.twoEditions();
        new WorkbookWriter(new WorkbookSettings("Analyst")).write(run, dir);

        try (XSSFWorkbook workbook = XlsxFixtures.open(dir)) {
            var core = workbook.getProperties().getCoreProperties();
            assertThat(core.getTitle()).isEqualTo("Trend comparison");
            assertThat(core.getCreator()).isEqualTo("Analyst");
            assertThat(core.getCreated().toInstant()).isEqualTo(run.run().startedAt());
            assertThat(core.getSubject()).isEqualTo("Run 20261128-120000-abcdef12");
        }
    }

    @Test
    void reportTextThatLooksLikeAFormulaIsStoredAsLiteralText() throws IOException {
        try (XSSFWorkbook workbook = XlsxFixtures.writeAndOpen(XlsxFixtures.withHostileReport(), dir)) {
            Row evil = workbook.getSheet("Sections").getRow(6);
            assertThat(evil.getCell(1).getCellType()).isEqualTo(CellType.STRING);
            assertThat(evil.getCell(1).getStringCellValue()).isEqualTo("=1+1");
            assertThat(evil.getCell(11).getCellType()).isEqualTo(CellType.STRING);
            assertThat(evil.getCell(11).getStringCellValue()).isEqualTo(XlsxFixtures.HOSTILE_SUMMARY);
            assertThat(evil.getCell(12).getStringCellValue()).isEqualTo("-10; @SUM(A1)");
            assertThat(workbook.getSheet("Overview").getRow(8).getCell(3).getStringCellValue()).isEqualTo("=1+1");

            assertThat(allCells(workbook)).filteredOn(c -> c.getCellType() == CellType.FORMULA)
                    .as("no formula but the Brief links").isNotEmpty()
                    .allMatch(c -> c.getSheet().getSheetName().equals("Overview") && c.getColumnIndex() == 10
                            && c.getCellFormula().startsWith("HYPERLINK(\"briefs/"));
        }
    }

    @Test
    void textLongerThanACellHoldsIsCutWithAVisibleMarkerAndCounted() throws IOException {
        String huge = "🚀".repeat(20_000) + "tail";
        InMemoryRunSnapshot run = XlsxFixtures.single(
                XlsxFixtures.record("big", "Big report", "2025", 1, huge, "other", 100));

        List<WrittenOutput> outputs = new WorkbookWriter(new WorkbookSettings("x")).write(run, dir);

        assertThat(outputs.get(0).counters()).containsEntry("truncatedCells", 1L);
        try (XSSFWorkbook workbook = XlsxFixtures.open(dir)) {
            String summary = workbook.getSheet("Sections").getRow(1).getCell(11).getStringCellValue();
            assertThat(summary).hasSizeLessThanOrEqualTo(32_767).endsWith("… [truncated]").startsWith("🚀🚀");
            String kept = summary.substring(0, summary.length() - "… [truncated]".length());
            assertThat(kept).as("no surrogate pair split").matches("(🚀)+");
        }
    }

    @Test
    void charactersXmlCannotCarryAreReplacedAndTheFileStillOpens() throws IOException {
        String nasty = "bell\u0007 nul\u0000 lone\uD800 ok\ttab _x0041_ stays";
        InMemoryRunSnapshot run = XlsxFixtures.single(
                XlsxFixtures.record("ctl", "Control \u0001 title", "2025", 1, nasty, "other", 100));

        List<WrittenOutput> outputs = new WorkbookWriter(new WorkbookSettings("x")).write(run, dir);

        // three in the summary, plus one in the title, which appears on Overview (title and label), Comparison
        // (topic heading and edition label), Sections and Entities
        assertThat(outputs.get(0).counters()).containsEntry("replacedCharacters", 9L);
        try (XSSFWorkbook workbook = XlsxFixtures.open(dir)) {
            Row row = workbook.getSheet("Sections").getRow(1);
            assertThat(row.getCell(11).getStringCellValue())
                    .isEqualTo("bell\uFFFD nul\uFFFD lone\uFFFD ok\ttab _x0041_ stays");
            assertThat(row.getCell(1).getStringCellValue()).isEqualTo("Control \uFFFD title");
        }
    }

    @Test
    void aThousandRecordsShareAHandfulOfStyles() throws IOException {
        List<TrendRecord> records = new ArrayList<>();
        for (int i = 1; i <= 1_000; i++) {
            records.add(XlsxFixtures.record("big-" + (i % 4), "Report " + (i % 4), "202" + (i % 4), i,
                    "Summary " + i, SampleRuns.THEMES.get(i % 5).id(), 0.1));
        }

        List<WrittenOutput> outputs = new WorkbookWriter(new WorkbookSettings("x"))
                .write(XlsxFixtures.single(records.toArray(TrendRecord[]::new)), dir);

        assertThat(outputs.get(0).records()).isEqualTo(1_000);
        try (XSSFWorkbook workbook = XlsxFixtures.open(dir)) {
            assertThat(workbook.getNumCellStyles()).isLessThan(20);
            assertThat(workbook.getSheet("Sections").getLastRowNum()).isEqualTo(1_000);
        }
    }

    @Test
    void anEmptyRunStillGivesAReadableWorkbook() throws IOException {
        try (XSSFWorkbook workbook = XlsxFixtures.writeAndOpen(
                new InMemoryRunSnapshot(SampleRuns.THEMES, List.of()), dir)) {
            assertThat(workbook.getSheet("Sections").getLastRowNum()).isZero();
            assertThat(workbook.getSheet("Changes").getRow(1).getCell(0).getStringCellValue())
                    .startsWith("No changes");
        }
    }

    @Test
    void runStartIsARealDateCell() throws IOException {
        InMemoryRunSnapshot run = SampleRuns.twoEditions();
        try (XSSFWorkbook workbook = XlsxFixtures.writeAndOpen(run, dir)) {
            Cell started = workbook.getSheet("Overview").getRow(2).getCell(1);
            assertThat(started.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(started.getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd hh:mm:ss");
            assertThat(started.getLocalDateTimeCellValue())
                    .isEqualTo(run.run().startedAt().atOffset(ZoneOffset.UTC).toLocalDateTime());
        }
    }

    static List<Cell> allCells(XSSFWorkbook workbook) {
        List<Cell> cells = new ArrayList<>();
        for (Sheet sheet : workbook) {
            for (Row row : sheet) {
                row.forEach(cells::add);
            }
        }
        return cells;
    }
}
