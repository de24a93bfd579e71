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
import java.util.Arrays;
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
            assertThat(rowValues(entities.getRow(0)))
                    .containsExactly("Entity", "Kind", "2022 · R", "2023 · R", "2024 · R", "Total");
            // most mentioned first; a section naming an entity twice counts once; blank names are dropped;
            // a report not naming the entity is a blank cell, as a missing theme is on Comparison; the kind
            // is the recognizer's, blank where these records have none
            assertThat(values(entities.getRow(1), 6)).containsExactly("OpenAI", null, 2.0, null, 2.0, 4.0);
            assertThat(values(entities.getRow(2), 6)).containsExactly("EU", null, 1.0, 1.0, null, 2.0);
            assertThat(values(entities.getRow(3), 6)).containsExactly("Google", null, null, 1.0, null, 1.0);
            assertThat(entities.getLastRowNum()).isEqualTo(3);
            assertThat(entities.getRow(1).getCell(2).getCellStyle().getDataFormatString()).isEqualTo("0");
            assertThat(entities.getPaneInformation().isFreezePane()).isTrue();
            assertThat(entities.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:F4");
            assertThat(entities.getSheetConditionalFormatting().getConditionalFormattingAt(0)
                    .getFormattingRanges()[0].formatAsString()).isEqualTo("C2:E4");
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
                rows.add(values(changes.getRow(r), 11));
            }
            assertThat(rows).containsExactly(
                    // shares move with the section count; prominence (per average section) barely does
                    Arrays.asList("R", "Model scaling", "2022 · R", "2024 · R", "2022 · R", "2023 · R", "Steady", 0.7, 0.6, -10.0,
                            "1 \u2192 1 section; 1.4\u00d7 \u2192 1.2\u00d7 an average section"),
                    Arrays.asList("R", "Model scaling", "2022 · R", "2024 · R", "2023 · R", "2024 · R", "Steady", 0.6, 0.605, 0.5,
                            "1 \u2192 1 section; 1.2\u00d7 \u2192 1.2\u00d7 an average section"),
                    Arrays.asList("R", "Multimodal capabilities", "2024 · R", "2024 · R", "2023 · R", "2024 · R", "New", null, 0.395,
                            null, "1 section, not in the previous edition"),
                    Arrays.asList("R", "Regulation and policy", "2022 · R", "2023 · R", "2022 · R", "2023 · R", "Steady", 0.3, 0.4,
                            10.0, "1 \u2192 1 section; 0.6\u00d7 \u2192 0.8\u00d7 an average section"),
                    Arrays.asList("R", "Regulation and policy", "2022 · R", "2023 · R", "2023 · R", "2024 · R", "Dropped", 0.4, null,
                            null, "covered in 2 of 3 editions, not in this one"));
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
                rows.add(values(changes.getRow(r), 11));
            }
            String ai23 = "2023 · AI Report";
            String ai25 = "2025 · AI Report";
            assertThat(rows).containsExactly(
                    Arrays.asList("AI Report", "Model scaling", ai23, ai25, ai23, ai25, "Steady", 0.6, 0.5, -10.0,
                            "1 \u2192 1 section; 1.2\u00d7 \u2192 1.0\u00d7 an average section"),
                    Arrays.asList("AI Report", "Multimodal capabilities", ai25, ai25, ai23, ai25, "New", null, 0.5, null,
                            "1 section, not in the previous edition"),
                    Arrays.asList("AI Report", "Regulation and policy", ai23, ai23, ai23, ai25, "Dropped", 0.4, null, null,
                            "covered in 1 of 2 editions, not in this one"));

            XSSFSheet comparison = workbook.getSheet("Comparison");
            assertThat(values(comparison.getRow(1), 4)).containsExactly("Theme", ai23, ai25, "Change (pts)");
            assertThat(values(comparison.getRow(2), 4)).containsExactly("Model scaling", 0.6, 0.5, -10.0);
            assertThat(values(comparison.getRow(3), 4)).containsExactly("Multimodal capabilities", null, 0.5, "new");
            assertThat(values(comparison.getRow(4), 4)).containsExactly("Regulation and policy", 0.4, null, "dropped");
            // the health report is a block of its own, one edition and no change column, below the AI one
            int health = -1;
            for (Row row : comparison) {
                if (row.getCell(0) != null && "Health Outlook".equals(row.getCell(0).getStringCellValue())) {
                    health = row.getRowNum();
                }
            }
            assertThat(health).isGreaterThan(4);
            assertThat(values(comparison.getRow(health + 1), 3)).containsExactly("Theme", "2024 · Health Outlook", null);
            assertThat(values(comparison.getRow(health + 2), 2)).containsExactly("Other", 1.0);
        }
    }

    @Test
    void changesSayWhyTheyAreEmptyWhenNoSeriesHasTwoEditions() throws IOException {
        InMemoryRunSnapshot run = new InMemoryRunSnapshot(SampleRuns.THEMES, List.of(
                SampleRuns.record("ai", "AI Report", "2023", 1, "a", "model-scaling", 100),
                SampleRuns.record("health", "Health Outlook", "2024", 1, "b", "other", 100)));
        try (XSSFWorkbook workbook = XlsxFixtures.writeAndOpen(run, dir)) {
            assertThat(workbook.getSheet("Changes").getRow(1).getCell(0).getStringCellValue())
                    .isEqualTo("No changes: no topic has two editions in this run.");
            assertThat(workbook.getSheet("Comparison").getRow(1).getLastCellNum()).as("no change column").isEqualTo((short) 2);
        }
    }

    /** The first {@code n} cells; null for a blank or missing one. */
    static List<Object> values(Row row, int n) {
        List<Object> values = new ArrayList<>();
        for (int c = 0; c < n; c++) {
            Cell cell = row.getCell(c);
            values.add(cell == null || cell.getCellType() == CellType.BLANK ? null
                    : cell.getCellType() == CellType.NUMERIC ? cell.getNumericCellValue() : cell.getStringCellValue());
        }
        return values;
    }

    private static List<Object> rowValues(Row row) {
        List<Object> values = new ArrayList<>();
        for (Cell cell : row) {
            values.add(cell.getCellType() == CellType.NUMERIC ? cell.getNumericCellValue() : cell.getStringCellValue());
        }
        return values;
    }
}
