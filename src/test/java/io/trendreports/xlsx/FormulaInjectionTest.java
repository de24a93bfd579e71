package io.trendreports.xlsx;

import io.trendreports.model.InMemoryRunSnapshot;
import io.trendreports.model.SampleRuns;
import io.trendreports.model.TrendRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The workbook half of the formula-injection policy: report text is always a text cell, whatever
 * it starts with, on every sheet it appears on; the only formulas are the links the workbook makes
 * itself. (The CSV half is in {@code CsvWriterTest}.)
 */
class FormulaInjectionTest {

    static final String HYPERLINK = "=HYPERLINK(\"http://evil.example\",\"click\")";
    static final String COMMAND = "+cmd|' /C calc'!A0";
    static final String SUM = "@SUM(1+1)*cmd|' /C calc'!A0";
    static final String MINUS_TEN = "-10";

    @TempDir
    Path dir;

    @Test
    void textThatLooksLikeAFormulaOrANumberIsATextCellOnEverySheet() throws IOException {
        TrendRecord base = SampleRuns.record("evil", HYPERLINK, "2025", 1, COMMAND, "other", 100);
        TrendRecord hostile = new TrendRecord(base.reportId(), base.reportTitle(), base.period(), base.language(),
                MINUS_TEN, base.sourceSha256(), base.sectionNo(), base.sectionTitle(), base.themeId(),
                base.themeLabel(), base.themeScore(), SUM, List.of(MINUS_TEN), List.of(SUM, HYPERLINK),
                List.of(COMMAND), base.wordCount(), base.sentenceCount(), base.sharePct());
        InMemoryRunSnapshot run = XlsxFixtures.single(hostile);

        try (XSSFWorkbook workbook = XlsxFixtures.writeAndOpen(run, dir)) {
            List<Cell> cells = WorkbookWriterTest.allCells(workbook);
            assertThat(cells).filteredOn(c -> c.getCellType() == CellType.FORMULA)
                    .as("the only formula is the workbook's own link to the brief, built from the report id")
                    .singleElement().satisfies(link -> {
                        assertThat(link.getSheet().getSheetName()).isEqualTo("Overview");
                        assertThat(link.getCellFormula()).isEqualTo("HYPERLINK(\"briefs/evil.pdf\",\"briefs/evil.pdf\")");
                    });
            for (String text : List.of(HYPERLINK, COMMAND, SUM, MINUS_TEN)) {
                assertThat(cells).as(text).anyMatch(c -> c.getCellType() == CellType.STRING
                        && c.getStringCellValue().equals(text));
            }
            var sections = workbook.getSheet("Sections").getRow(1);
            assertThat(sections.getCell(1).getStringCellValue()).isEqualTo(HYPERLINK);
            assertThat(sections.getCell(4).getStringCellValue()).as("source file").isEqualTo(MINUS_TEN);
            assertThat(sections.getCell(7).getStringCellValue()).isEqualTo(COMMAND);
            assertThat(sections.getCell(11).getStringCellValue()).isEqualTo(SUM);
            assertThat(sections.getCell(12).getCellType()).as("-10 as a key term stays text").isEqualTo(CellType.STRING);
            var entities = workbook.getSheet("Entities");
            assertThat(List.of(entities.getRow(1).getCell(0).getStringCellValue(),
                    entities.getRow(2).getCell(0).getStringCellValue())).containsExactlyInAnyOrder(SUM, HYPERLINK);
            assertThat(workbook.getSheet("Comparison").getRow(1).getCell(1).getStringCellValue())
                    .as("a short label, cut").startsWith("2025 · =HYPERLINK(");
            assertThat(workbook.getSheet("Overview").getRow(6).getCell(3).getStringCellValue()).isEqualTo(HYPERLINK);
        }
    }

    @Test
    void sharesAreStoredRoundedSoNoBinaryNoiseReachesTheCells() throws IOException {
        InMemoryRunSnapshot run = XlsxFixtures.single(
                XlsxFixtures.record("r", "R", "2025", 1, "s", "model-scaling", 17.309999999999998),
                XlsxFixtures.record("r", "R", "2025", 2, "s", "other", 82.69000000000001));
        try (XSSFWorkbook workbook = XlsxFixtures.writeAndOpen(run, dir)) {
            // 0.17309999999999998 read back would not equal 0.1731
            assertThat(workbook.getSheet("Comparison").getRow(2).getCell(1).getNumericCellValue()).isEqualTo(0.1731);
            assertThat(workbook.getSheet("Comparison").getRow(3).getCell(1).getNumericCellValue()).isEqualTo(0.8269);
            assertThat(workbook.getSheet("Sections").getRow(1).getCell(17).getNumericCellValue()).isEqualTo(0.1731);
        }
    }
}
