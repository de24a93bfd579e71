package io.trendreports.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import io.trendreports.model.InMemoryRunSnapshot;
import io.trendreports.model.SampleRuns;
import io.trendreports.model.TrendRecord;
import io.trendreports.samples.ShippedSamples;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The workbook's Metrics sheet and the entity kinds, read back with POI. */
class MetricsSheetTest {

    @TempDir
    Path dir;

    @Test
    void theShippedRunsMetricIsARowWithItsPlaceAndWhatItMeasures() throws IOException {
        try (XSSFWorkbook workbook = XlsxFixtures.writeAndOpen(ShippedSamples.shipped(), dir)) {
            XSSFSheet metrics = workbook.getSheet("Metrics");
            assertThat(EntitiesAndChangesTest.values(metrics.getRow(0), 10)).containsExactly("Topic", "Edition",
                    "Report id", "Section", "Section title", "Theme", "Metric", "Value", "Unit", "Measures");
            // section 1 of input/ai-llm-trends-2024.md: "equipped with hundreds of billions of parameters"
            assertThat(EntitiesAndChangesTest.values(metrics.getRow(1), 10)).containsExactly("AI LLMs",
                    "2024 · AI LLMs Development", "ai-llm-trends-2024", 1.0, "Continued Model Scaling", "Model scaling",
                    "hundreds of billions of parameters", null, null, "parameters");
            XSSFTable table = metrics.getTables().get(0);
            assertThat(table.getName()).isEqualTo(MetricsSheet.TABLE_NAME);
            assertThat(table.getArea().formatAsString()).isEqualTo("A1:J2");
            assertThat(workbook.getSheetIndex("Metrics")).isEqualTo(workbook.getSheetIndex("Entities") + 1);
        }
    }

    @Test
    void valuesAreNumbersAnalystsCanSortWithTheirUnits() throws IOException {
        TrendRecord r = SampleRuns.record("r24", "R", "2024", 1, "Funding", "model-scaling", 100);
        TrendRecord withMetrics = new TrendRecord(r.reportId(), r.reportTitle(), r.period(), r.language(),
                r.sourceFile(), r.sourceSha256(), r.sectionNo(), r.sectionTitle(), r.themeId(), r.themeLabel(),
                r.themeScore(), r.summary(), r.keyTerms(), r.entities(), r.sectors(), r.wordCount(), r.sentenceCount(),
                r.sharePct(), r.topic(), r.topicLabel(), r.themeSource(),
                List.of("$2 billion in funding", "30% of code suggestions", "by 2026"), List.of());
        try (XSSFWorkbook workbook = XlsxFixtures.writeAndOpen(new InMemoryRunSnapshot(SampleRuns.THEMES,
                List.of(withMetrics)), dir)) {
            XSSFSheet metrics = workbook.getSheet("Metrics");
            assertThat(metrics.getLastRowNum()).isEqualTo(3);
            assertThat(metrics.getRow(1).getCell(7).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(EntitiesAndChangesTest.values(metrics.getRow(1), 10).subList(6, 10))
                    .containsExactly("$2 billion in funding", 2e9, "USD", "funding");
            assertThat(metrics.getRow(1).getCell(7).getCellStyle().getDataFormatString()).isEqualTo("#,##0");
            assertThat(EntitiesAndChangesTest.values(metrics.getRow(2), 10).subList(6, 10))
                    .containsExactly("30% of code suggestions", 30.0, "%", "code suggestions");
            assertThat(EntitiesAndChangesTest.values(metrics.getRow(3), 10).subList(6, 9))
                    .containsExactly("by 2026", 2026.0, "year");
            assertThat(metrics.getRow(3).getCell(7).getCellStyle().getDataFormatString()).as("2026, not 2,026")
                    .isEqualTo("0");
        }
    }

    @Test
    void entitiesShowTheKindTheRecognizerGaveAndOverviewTellsTonightsFilesFromRememberedOnes() throws IOException {
        try (XSSFWorkbook workbook = XlsxFixtures.writeAndOpen(ShippedSamples.shipped(), dir)) {
            XSSFSheet entities = workbook.getSheet("Entities");
            assertThat(kindOf(entities, "OpenAI")).isEqualTo("organisation");
            assertThat(kindOf(entities, "GPT-5")).isEqualTo("model, product or law");
            assertThat(kindOf(entities, "United States")).isEqualTo("place");
            XSSFSheet overview = workbook.getSheet("Overview");
            assertThat(overview.getRow(6).getCell(9).getStringCellValue()).isEqualTo(OverviewSheet.READ);
        }
    }

    private static String kindOf(XSSFSheet entities, String name) {
        for (int r = 1; r <= entities.getLastRowNum(); r++) {
            if (entities.getRow(r).getCell(0).getStringCellValue().equals(name)) {
                var cell = entities.getRow(r).getCell(1);
                return cell == null ? "" : cell.getStringCellValue();
            }
        }
        throw new AssertionError("no entity " + name);
    }
}
