package io.trendreports.xlsx;

import io.trendreports.model.InMemoryRunSnapshot;
import io.trendreports.model.SampleRuns;
import io.trendreports.model.TrendRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The Entities matrix and the theme history on Changes, over three editions. */
class EntitiesAndChangesTest {

    @TempDir
    Path dir;

    /**
     * 2022: scaling 70, regulation 30. 2023: scaling 60, regulation 40. 2024: scaling 60.5,
     * multimodal 39.5. Entities per section vary so counts differ by report.
     */
    static InMemoryRunSnapshot threeEditions() {
        List<TrendRecord> records = new ArrayList<>();
        records.add(withEntities(SampleRuns.record("r22", "R", "2022", 1, "a", "model-scaling", 70), "OpenAI"));
        records.add(withEntities(SampleRuns.record("r22", "R", "2022", 2, "b", "regulation", 30), "OpenAI", "EU"));
        records.add(withEntities(SampleRuns.record("r23", "R", "2023", 1, "c", "model-scaling", 60), "Google"));
        records.add(withEntities(SampleRuns.record("r23", "R", "2023", 2, "d", "regulation", 40), "EU", "EU"));
        records.add(withEntities(SampleRuns.record("r24", "R", "2024", 1, "e", "model-scaling", 60.5), "OpenAI"));
        records.add(withEntities(SampleRuns.record("r24", "R", "2024", 2, "f", "multimodal", 39.5), "OpenAI", " "));
        return new InMemoryRunSnapshot(SampleRuns.THEMES, records);
    }

    private static TrendRecord withEntities(TrendRecord r, String... entities) {
        return new TrendRecord(r.reportId(), r.reportTitle(), r.period(), r.language(), r.sourceFile(),
                r.sourceSha256(), r.sectionNo(), r.sectionTitle(), r.themeId(), r.themeLabel(), r.themeScore(),
                r.summary(), r.keyTerms(), List.of(entities), r.sectors(), r.wordCount(), r.sentenceCount(),
                r.sharePct());
    }

    @Test
    void entitiesAreCountedPerReportWithReportsAsColumnsInPeriodOrder() throws IOException {
        try (XSSFWorkbook workbook = XlsxFixtures.writeAndOpen(threeEditions(), dir)) {
            XSSFSheet entities = workbook.getSheet("Entities");
            assertThat(rowValues(entities.getRow(0))).containsExactly("Entity", "R (2022)", "R (2023)", "R (2024)", "Total");
            // most mentioned first; a section naming an entity twice counts once; blank names are dropped
            assertThat(rowValues(entities.getRow(1))).containsExactly("OpenAI", 2.0, 0.0, 2.0, 4.0);
            assertThat(rowValues(entities.getRow(2))).containsExactly("EU", 1.0, 1.0, 0.0, 2.0);
            assertThat(rowValues(entities.getRow(3))).containsExactly("Google", 0.0, 1.0, 0.0, 1.0);
            assertThat(entities.getLastRowNum()).isEqualTo(3);
            assertThat(entities.getRow(1).getCell(1).getCellStyle().getDataFormatString()).isEqualTo("0");
            assertThat(entities.getPaneInformation().isFreezePane()).isTrue();
            assertThat(entities.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:E4");
            assertThat(entities.getSheetConditionalFormatting().getConditionalFormattingAt(0)
                    .getFormattingRanges()[0].formatAsString()).isEqualTo("B2:D4");
        }
    }

    @Test
    void entitiesSheetSaysSoWhenNoEntityIsNamed() throws IOException {
        InMemoryRunSnapshot run = XlsxFixtures.single(withEntities(
                SampleRuns.record("r", "R", "2024", 1, "a", "other", 100)));
        try (XSSFWorkbook workbook = XlsxFixtures.writeAndOpen(run, dir)) {
            assertThat(workbook.getSheet("Entities").getRow(1).getCell(0).getStringCellValue())
                    .isEqualTo("No entities named in this run.");
        }
    }

    @Test
    void changesGiveEachThemesFirstAndLastEditionAndEveryStepGroupedByTheme() throws IOException {
        try (XSSFWorkbook workbook = XlsxFixtures.writeAndOpen(threeEditions(), dir)) {
            XSSFSheet changes = workbook.getSheet("Changes");
            List<List<Object>> rows = new ArrayList<>();
            for (int r = 1; r <= changes.getLastRowNum(); r++) {
                rows.add(rowValues(changes.getRow(r)));
            }
            assertThat(rows).containsExactly(
                    // shares move with the section count; prominence (per average section) barely does
                    List.of("Model scaling", "R (2022)", "R (2024)", "R (2022)", "R (2023)", "Steady", 0.7, 0.6, -0.1,
                            "1 \u2192 1 section; 1.4\u00d7 \u2192 1.2\u00d7 an average section"),
                    List.of("Model scaling", "R (2022)", "R (2024)", "R (2023)", "R (2024)", "Steady", 0.6, 0.605, 0.005,
                            "1 \u2192 1 section; 1.2\u00d7 \u2192 1.2\u00d7 an average section"),
                    List.of("Multimodal capabilities", "R (2024)", "R (2024)", "R (2023)", "R (2024)", "New", 0.0, 0.395,
                            0.395, "1 section, not in the previous edition"),
                    List.of("Regulation and policy", "R (2022)", "R (2023)", "R (2022)", "R (2023)", "Steady", 0.3, 0.4,
                            0.1, "1 \u2192 1 section; 0.6\u00d7 \u2192 0.8\u00d7 an average section"),
                    List.of("Regulation and policy", "R (2022)", "R (2023)", "R (2023)", "R (2024)", "Dropped", 0.4, 0.0,
                            -0.4, "covered in 2 of 3 editions, not in this one"));
        }
    }

    /** AI Report 2023 and 2025 are one series; Health Outlook 2024, between them by period, is another. */
    static InMemoryRunSnapshot twoSeries() {
        return new InMemoryRunSnapshot(SampleRuns.THEMES, List.of(
                SampleRuns.record("ai-2023", "AI Report", "2023", 1, "a", "model-scaling", 60),
                SampleRuns.record("ai-2023", "AI Report", "2023", 2, "b", "regulation", 40),
                SampleRuns.record("health-2024", "Health Outlook", "2024", 1, "c", "other", 100),
                SampleRuns.record("ai-2025", "AI Report", "2025", 1, "d", "model-scaling", 50),
                SampleRuns.record("ai-2025", "AI Report", "2025", 2, "e", "multimodal", 50)));
    }

    @Test
    void changesCompareEditionsWithinTheirSeriesNotWithAnOlderReportOnAnotherSubject() throws IOException {
        try (XSSFWorkbook workbook = XlsxFixtures.writeAndOpen(twoSeries(), dir)) {
            XSSFSheet changes = workbook.getSheet("Changes");
            List<List<Object>> rows = new ArrayList<>();
            for (int r = 1; r <= changes.getLastRowNum(); r++) {
                rows.add(rowValues(changes.getRow(r)));
            }
            assertThat(rows).containsExactly(
                    List.of("Model scaling", "AI Report (2023)", "AI Report (2025)", "AI Report (2023)", "AI Report (2025)",
                            "Steady", 0.6, 0.5, -0.1, "1 \u2192 1 section; 1.2\u00d7 \u2192 1.0\u00d7 an average section"),
                    List.of("Multimodal capabilities", "AI Report (2025)", "AI Report (2025)", "AI Report (2023)",
                            "AI Report (2025)", "New", 0.0, 0.5, 0.5, "1 section, not in the previous edition"),
                    List.of("Regulation and policy", "AI Report (2023)", "AI Report (2023)", "AI Report (2023)",
                            "AI Report (2025)", "Dropped", 0.4, 0.0, -0.4, "covered in 1 of 2 editions, not in this one"));

            XSSFSheet comparison = workbook.getSheet("Comparison");
            assertThat(comparison.getRow(0).getCell(4).getStringCellValue()).isEqualTo("Change (pts)");
            for (int r = 1; r <= comparison.getLastRowNum(); r++) {
                Row row = comparison.getRow(r);
                String theme = row.getCell(0).getStringCellValue();
                Cell change = row.getCell(4);
                switch (theme) {
                    case "Model scaling" -> assertThat(change.getNumericCellValue()).isEqualTo(-0.1);
                    case "Multimodal capabilities" -> assertThat(change.getNumericCellValue()).isEqualTo(0.5);
                    case "Regulation and policy" -> assertThat(change.getNumericCellValue()).isEqualTo(-0.4);
                    case "Other" -> assertThat(change == null || change.getCellType() == CellType.BLANK)
                            .as("other is only in the health series: no change in the AI series").isTrue();
                    default -> throw new AssertionError(theme);
                }
            }
        }
    }

    @Test
    void changesSayWhyTheyAreEmptyWhenNoSeriesHasTwoEditions() throws IOException {
        InMemoryRunSnapshot run = new InMemoryRunSnapshot(SampleRuns.THEMES, List.of(
                SampleRuns.record("ai", "AI Report", "2023", 1, "a", "model-scaling", 100),
                SampleRuns.record("health", "Health Outlook", "2024", 1, "b", "other", 100)));
        try (XSSFWorkbook workbook = XlsxFixtures.writeAndOpen(run, dir)) {
            assertThat(workbook.getSheet("Changes").getRow(1).getCell(0).getStringCellValue())
                    .isEqualTo("No changes: no report has an earlier edition of its series in this run.");
            assertThat(workbook.getSheet("Comparison").getRow(0).getLastCellNum()).as("no change column").isEqualTo((short) 3);
        }
    }

    private static List<Object> rowValues(Row row) {
        List<Object> values = new ArrayList<>();
        for (Cell cell : row) {
            values.add(cell.getCellType() == CellType.NUMERIC ? cell.getNumericCellValue() : cell.getStringCellValue());
        }
        return values;
    }
}
