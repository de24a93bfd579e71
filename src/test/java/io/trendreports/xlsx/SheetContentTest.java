package io.trendreports.xlsx;

import io.trendreports.model.InMemoryRunSnapshot;
import io.trendreports.model.InputFile;
import io.trendreports.model.SampleRuns;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.ConditionType;
import org.apache.poi.ss.usermodel.IgnoredErrorType;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFHyperlink;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What a reader of each sheet sees, for the two-edition sample run. */
class SheetContentTest {

    @TempDir
    Path dir;

    private XSSFWorkbook sample() throws IOException {
        return XlsxFixtures.writeAndOpen(SampleRuns.twoEditions(), dir);
    }

    @Test
    void overviewListsReportsWithRelativeLinksToTheirBriefs() throws IOException {
        try (XSSFWorkbook workbook = sample()) {
            XSSFSheet overview = workbook.getSheet("Overview");
            assertThat(text(overview.getRow(1).getCell(1))).isEqualTo("20261128-120000-abcdef12");
            assertThat(rowTexts(overview.getRow(5)))
                    .containsExactly("Edition", "Title", "Period", "Language", "Sections", "Words", "Source file", "Brief");
            Row first = overview.getRow(6);
            assertThat(first.getCell(0).getNumericCellValue()).isEqualTo(1);
            assertThat(text(first.getCell(1))).isEqualTo("AI Report 2023");
            assertThat(first.getCell(4).getNumericCellValue()).isEqualTo(2);
            for (int r = 6; r <= 7; r++) {
                XSSFHyperlink link = overview.getRow(r).getCell(7).getHyperlink();
                assertThat(link.getType()).isEqualTo(HyperlinkType.FILE);
                assertThat(link.getAddress()).isEqualTo(r == 6 ? "briefs/llm-2023.pdf" : "briefs/llm-2024.pdf");
            }
            assertThat(workbook.getFontAt(overview.getRow(6).getCell(7).getCellStyle().getFontIndex()).getUnderline())
                    .isNotZero();
        }
    }

    @Test
    void overviewListsRejectedInputsWithTheirReason() throws IOException {
        try (XSSFWorkbook workbook = sample()) {
            XSSFSheet overview = workbook.getSheet("Overview");
            assertThat(text(overview.getRow(9).getCell(0))).isEqualTo("Rejected inputs");
            assertThat(rowTexts(overview.getRow(11))).containsExactly("broken.md", "not valid UTF-8 (byte 12)");
        }
    }

    @Test
    void overviewSaysNoneWhenNothingWasRejected() throws IOException {
        InMemoryRunSnapshot base = SampleRuns.twoEditions();
        List<io.trendreports.model.TrendRecord> records = new ArrayList<>();
        base.forEachRecord(records::add);
        List<InputFile> accepted = base.inputs().stream().filter(i -> !i.isRejected()).toList();
        try (XSSFWorkbook workbook = XlsxFixtures.writeAndOpen(
                new InMemoryRunSnapshot(base.run(), base.themes(), records, accepted), dir)) {
            XSSFSheet overview = workbook.getSheet("Overview");
            assertThat(text(overview.getRow(9).getCell(0))).isEqualTo("Rejected inputs");
            assertThat(text(overview.getRow(10).getCell(0))).isEqualTo("None");
        }
    }

    @Test
    void comparisonShowsSharesByEditionSortedByTheNewestWithBlanksForAbsentThemes() throws IOException {
        try (XSSFWorkbook workbook = sample()) {
            XSSFSheet comparison = workbook.getSheet("Comparison");
            assertThat(rowTexts(comparison.getRow(0)))
                    .containsExactly("Theme", "AI Report 2023 (2023)", "AI Report 2024 (2024)", "Change (pts)");
            // newest (2024): scaling 50, multimodal 30, open source 20; regulation absent from 2024 comes last
            assertThat(List.of(1, 2, 3, 4)).extracting(r -> text(comparison.getRow(r).getCell(0))).containsExactly(
                    "Model scaling", "Multimodal capabilities", "Open-source models", "Regulation and policy");

            Row scaling = comparison.getRow(1);
            assertThat(scaling.getCell(1).getNumericCellValue()).isEqualTo(0.60);
            assertThat(scaling.getCell(2).getNumericCellValue()).isEqualTo(0.50);
            assertThat(scaling.getCell(3).getNumericCellValue()).isEqualTo(-0.10);
            assertThat(scaling.getCell(1).getCellStyle().getDataFormatString()).isEqualTo("0.0%");
            assertThat(scaling.getCell(3).getCellStyle().getDataFormatString()).isEqualTo("+0.0%;-0.0%;0.0%");

            assertThat(isBlank(comparison.getRow(2).getCell(1))).as("multimodal absent in 2023").isTrue();
            assertThat(comparison.getRow(2).getCell(3).getNumericCellValue()).isEqualTo(0.30);
            assertThat(isBlank(comparison.getRow(4).getCell(2))).as("regulation absent in 2024").isTrue();
            assertThat(comparison.getRow(4).getCell(3).getNumericCellValue()).isEqualTo(-0.40);
        }
    }

    @Test
    void comparisonKeepsOtherLastEvenWhenItIsTheLargest() throws IOException {
        InMemoryRunSnapshot run = XlsxFixtures.single(
                XlsxFixtures.record("r", "R", "2025", 1, "s", "other", 70),
                XlsxFixtures.record("r", "R", "2025", 2, "s", "regulation", 10),
                XlsxFixtures.record("r", "R", "2025", 3, "s", "multimodal", 20));
        try (XSSFWorkbook workbook = XlsxFixtures.writeAndOpen(run, dir)) {
            XSSFSheet comparison = workbook.getSheet("Comparison");
            assertThat(List.of(1, 2, 3)).extracting(r -> text(comparison.getRow(r).getCell(0)))
                    .containsExactly("Multimodal capabilities", "Regulation and policy", "Other");
            assertThat(rowTexts(comparison.getRow(0))).as("one edition: no change column").containsExactly("Theme", "R (2025)");
        }
    }

    @Test
    void comparisonHasAFrozenHeaderAndAColourScaleOverTheMatrix() throws IOException {
        try (XSSFWorkbook workbook = sample()) {
            XSSFSheet comparison = workbook.getSheet("Comparison");
            PaneInformation pane = comparison.getPaneInformation();
            assertThat(pane.isFreezePane()).isTrue();
            assertThat(pane.getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(workbook.getFontAt(comparison.getRow(0).getCell(1).getCellStyle().getFontIndex()).getBold())
                    .isTrue();
            var formatting = comparison.getSheetConditionalFormatting();
            assertThat(formatting.getNumConditionalFormattings()).isEqualTo(1);
            assertThat(formatting.getConditionalFormattingAt(0).getFormattingRanges()[0].formatAsString())
                    .isEqualTo("B2:C5");
            assertThat(formatting.getConditionalFormattingAt(0).getRule(0).getConditionType())
                    .isEqualTo(ConditionType.COLOR_SCALE);
        }
    }

    @Test
    void sectionsAreTypedRowsUnderAFrozenHeader() throws IOException {
        try (XSSFWorkbook workbook = sample()) {
            XSSFSheet sections = workbook.getSheet("Sections");
            assertThat(rowTexts(sections.getRow(0))).containsExactly("report_id", "report_title", "period",
                    "language", "source_file", "source_sha256", "section_no", "section_title", "theme_id",
                    "theme_label", "theme_score", "summary", "key_terms", "entities", "sectors", "word_count",
                    "sentence_count", "share_pct", "period_start");
            Row row = sections.getRow(3);
            assertThat(text(row.getCell(7))).isEqualTo("Continued Model Scaling");
            assertThat(text(row.getCell(2))).as("period is text, never a number").isEqualTo("2024");
            for (int numeric : new int[]{6, 10, 15, 16, 17, 18}) {
                assertThat(row.getCell(numeric).getCellType()).as("column %d", numeric).isEqualTo(CellType.NUMERIC);
            }
            assertThat(row.getCell(6).getNumericCellValue()).isEqualTo(1);
            assertThat(row.getCell(6).getCellStyle().getDataFormatString()).isEqualTo("0");
            assertThat(row.getCell(10).getCellStyle().getDataFormatString()).isEqualTo("0.00");
            assertThat(row.getCell(17).getNumericCellValue()).isEqualTo(0.50);
            assertThat(row.getCell(17).getCellStyle().getDataFormatString()).isEqualTo("0.0%");
            assertThat(row.getCell(18).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2024, 1, 1));
            assertThat(row.getCell(18).getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd");
            assertThat(row.getCell(11).getCellStyle().getWrapText()).isTrue();
            assertThat(text(row.getCell(13))).isEqualTo("OpenAI; Google");

            assertThat(sections.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sections.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(sections.getIgnoredErrors().get(IgnoredErrorType.NUMBER_STORED_AS_TEXT))
                    .extracting(CellRangeAddress::formatAsString).containsExactly("A1:S6");
        }
    }

    @Test
    void sectionColumnsAreSizedFromContentWithinLimits() throws IOException {
        try (XSSFWorkbook workbook = sample()) {
            XSSFSheet sections = workbook.getSheet("Sections");
            assertThat(sections.getColumnWidth(11)).as("summary").isEqualTo(80 * 256);
            assertThat(sections.getColumnWidth(5)).as("64-char hash, clamped").isEqualTo(60 * 256);
            assertThat(sections.getColumnWidth(3)).as("'language' header + 2").isEqualTo(10 * 256);
            assertThat(sections.getColumnWidth(7)).as("'Continued Model Scaling' + 2").isEqualTo(25 * 256);
        }
    }

    @Test
    void changesListEachThemeMovementBetweenEditions() throws IOException {
        try (XSSFWorkbook workbook = sample()) {
            XSSFSheet changes = workbook.getSheet("Changes");
            assertThat(rowTexts(changes.getRow(0))).containsExactly("Theme", "First seen", "Last seen",
                    "From edition", "To edition", "Change", "Share before", "Share after", "Delta (pts)", "Why");
            Row dropped = changes.getRow(3);
            assertThat(text(dropped.getCell(0))).isEqualTo("Regulation and policy");
            assertThat(text(dropped.getCell(1))).isEqualTo("AI Report 2023 (2023)");
            assertThat(text(dropped.getCell(2))).as("last seen").isEqualTo("AI Report 2023 (2023)");
            assertThat(text(dropped.getCell(3))).isEqualTo("AI Report 2023 (2023)");
            assertThat(text(dropped.getCell(4))).isEqualTo("AI Report 2024 (2024)");
            assertThat(text(dropped.getCell(5))).isEqualTo("Dropped");
            assertThat(dropped.getCell(6).getNumericCellValue()).isEqualTo(0.40);
            assertThat(dropped.getCell(7).getNumericCellValue()).isEqualTo(0.0);
            assertThat(dropped.getCell(8).getNumericCellValue()).isEqualTo(-0.40);
            assertThat(dropped.getCell(7).getCellStyle().getDataFormatString()).isEqualTo("0.0%");
            assertThat(changes.getLastRowNum()).isEqualTo(4);
            assertThat(text(dropped.getCell(9))).isEqualTo("covered in 1 of 2 editions, not in this one");
            assertThat(changes.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:J5");
        }
    }

    private static boolean isBlank(Cell cell) {
        return cell == null || cell.getCellType() == CellType.BLANK;
    }

    private static String text(Cell cell) {
        assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
        return cell.getStringCellValue();
    }

    private static List<String> rowTexts(Row row) {
        List<String> texts = new ArrayList<>();
        row.forEach(c -> texts.add(text(c)));
        return texts;
    }
}
