package io.trendreports.xlsx;

import io.trendreports.model.InMemoryRunSnapshot;
import io.trendreports.model.InputFile;
import io.trendreports.model.SampleRuns;
import io.trendreports.model.TopicRuns;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.ConditionType;
import org.apache.poi.ss.usermodel.IgnoredErrorType;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.usermodel.Row;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What a reader of each sheet sees, for the two-edition sample run. */
class SheetContentTest {

    @TempDir
    Path dir;

    private XSSFWorkbook sample() throws IOException {
        return XlsxFixtures.writeAndOpen(SampleRuns.twoEditions(), dir);
    }

    @Test
    void overviewListsReportsWithTopicLabelFullTitleAndRelativeLinksToTheirBriefs() throws IOException {
        try (XSSFWorkbook workbook = sample()) {
            XSSFSheet overview = workbook.getSheet("Overview");
            assertThat(text(overview.getRow(1).getCell(1))).isEqualTo("20261128-120000-abcdef12");
            assertThat(rowTexts(overview.getRow(5))).containsExactly("Edition", "Topic", "Label", "Title", "Period",
                    "Language", "Sections", "Words", "Source file", "Input", "Brief");
            Row first = overview.getRow(6);
            assertThat(first.getCell(0).getNumericCellValue()).isEqualTo(1);
            assertThat(text(first.getCell(1))).isEqualTo("AI LLMs");
            assertThat(text(first.getCell(2))).isEqualTo("2023 · AI Report");
            assertThat(text(first.getCell(3))).isEqualTo("AI Report 2023");
            assertThat(first.getCell(6).getNumericCellValue()).isEqualTo(2);
            for (int r = 6; r <= 7; r++) {
                String brief = r == 6 ? "briefs/llm-2023.pdf" : "briefs/llm-2024.pdf";
                assertThat(linkTarget(overview.getRow(r).getCell(10))).isEqualTo(brief);
                assertThat(overview.getRow(r).getCell(10).getStringCellValue()).isEqualTo(brief);
            }
            assertThat(overview.getRow(6).getCell(11)).as("no portal set: no portal link").isNull();
            assertThat(workbook.getFontAt(overview.getRow(6).getCell(10).getCellStyle().getFontIndex()).getUnderline())
                    .isNotZero();
        }
    }

    @Test
    void withAPortalAddressTheOverviewAlsoLinksToTheRunAndEachBriefInThePortal() throws IOException {
        new WorkbookWriter(new WorkbookSettings("x", "https://reports.example.com/trends/"))
                .write(SampleRuns.twoEditions(), dir);
        try (XSSFWorkbook workbook = XlsxFixtures.open(dir)) {
            XSSFSheet overview = workbook.getSheet("Overview");
            assertThat(text(overview.getRow(3).getCell(0))).isEqualTo("In the portal");
            XSSFHyperlink run = overview.getRow(3).getCell(1).getHyperlink();
            assertThat(run.getType()).isEqualTo(HyperlinkType.URL);
            assertThat(run.getAddress()).isEqualTo("https://reports.example.com/trends/runs/20261128-120000-abcdef12");
            assertThat(text(overview.getRow(6).getCell(11))).isEqualTo("Brief in portal");
            assertThat(linkTarget(overview.getRow(8).getCell(11)))
                    .isEqualTo("https://reports.example.com/trends/runs/20261128-120000-abcdef12/briefs/llm-2024.pdf");
            assertThat(linkTarget(overview.getRow(8).getCell(10))).as("the run-folder link stays")
                    .isEqualTo("briefs/llm-2024.pdf");
        }
    }

    @Test
    void aPortalAddressMustBeAnHttpAddress() {
        assertThatThrownBy(() -> new WorkbookSettings("x", "reports.example.com"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("trend.portal.base-url");
        assertThatThrownBy(() -> new WorkbookSettings("x", "ftp://reports.example.com"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new WorkbookSettings("x", " ").portal()).isEmpty();
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
            assertThat(text(comparison.getRow(0).getCell(0))).as("the topic heads its block").isEqualTo("AI LLMs");
            assertThat(text(comparison.getRow(0).getCell(1))).isEqualTo("2 editions · 4 themes");
            assertThat(rowTexts(comparison.getRow(1)))
                    .containsExactly("Theme", "2023 · AI Report", "2024 · AI Report", "Change (pts)");
            // newest (2024): scaling 50, multimodal 30, open source 20; regulation absent from 2024 comes last
            assertThat(List.of(2, 3, 4, 5)).extracting(r -> text(comparison.getRow(r).getCell(0))).containsExactly(
                    "Model scaling", "Multimodal capabilities", "Open-source models", "Regulation and policy");

            Row scaling = comparison.getRow(2);
            assertThat(scaling.getCell(1).getNumericCellValue()).isEqualTo(0.60);
            assertThat(scaling.getCell(2).getNumericCellValue()).isEqualTo(0.50);
            assertThat(scaling.getCell(3).getNumericCellValue()).as("in points").isEqualTo(-10.0);
            assertThat(scaling.getCell(1).getCellStyle().getDataFormatString()).isEqualTo("0.0%");
            assertThat(scaling.getCell(3).getCellStyle().getDataFormatString())
                    .isEqualTo("+0.0\" pts\";-0.0\" pts\";0.0\" pts\"");

            assertThat(isBlank(comparison.getRow(3).getCell(1))).as("multimodal absent in 2023").isTrue();
            assertThat(text(comparison.getRow(3).getCell(3))).isEqualTo("new");
            assertThat(isBlank(comparison.getRow(5).getCell(2))).as("regulation absent in 2024").isTrue();
            assertThat(text(comparison.getRow(5).getCell(3))).isEqualTo("dropped");
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
            assertThat(List.of(2, 3, 4)).extracting(r -> text(comparison.getRow(r).getCell(0)))
                    .containsExactly("Multimodal capabilities", "Regulation and policy", "Other");
            assertThat(rowTexts(comparison.getRow(1))).as("one edition: no change column").containsExactly("Theme", "2025 · R");
        }
    }

    @Test
    void eachComparisonBlockIsAnExcelTableWithAColourScaleAndAFrozenThemeColumn() throws IOException {
        try (XSSFWorkbook workbook = sample()) {
            XSSFSheet comparison = workbook.getSheet("Comparison");
            var pane = comparison.getCTWorksheet().getSheetViews().getSheetViewArray(0).getPane();
            assertThat(pane.getXSplit()).isEqualTo(1.0);
            assertThat(pane.isSetYSplit()).as("blocks have headers of their own: no frozen row").isFalse();
            assertThat(workbook.getFontAt(comparison.getRow(1).getCell(1).getCellStyle().getFontIndex()).getBold())
                    .isTrue();
            assertThat(comparison.getTables()).singleElement().satisfies(table -> {
                assertThat(table.getName()).isEqualTo("Comparison_ai_llms");
                assertThat(table.getArea().formatAsString()).isEqualTo("A2:D6");
                assertThat(table.getCTTable().getAutoFilter().getRef()).isEqualTo("A2:D6");
            });
            var formatting = comparison.getSheetConditionalFormatting();
            assertThat(formatting.getNumConditionalFormattings()).isEqualTo(1);
            assertThat(formatting.getConditionalFormattingAt(0).getFormattingRanges()[0].formatAsString())
                    .isEqualTo("B3:C6");
            assertThat(formatting.getConditionalFormattingAt(0).getRule(0).getConditionType())
                    .isEqualTo(ConditionType.COLOR_SCALE);
        }
    }

    @Test
    void comparisonHasABlockPerTopicWithOnlyThatTopicsEditionsAndThemesEachOnANewPrintedPage() throws IOException {
        try (XSSFWorkbook workbook = XlsxFixtures.writeAndOpen(TopicRuns.threeTopics(), dir)) {
            XSSFSheet comparison = workbook.getSheet("Comparison");
            List<Integer> headings = new ArrayList<>();
            for (Row row : comparison) {
                Cell first = row.getCell(0);
                if (first != null && first.getCellType() == CellType.STRING
                        && List.of("AI LLMs", "Forex", "Quantum Computing").contains(first.getStringCellValue())) {
                    headings.add(row.getRowNum());
                }
            }
            assertThat(headings).hasSize(3);
            assertThat(comparison.getRowBreaks()).contains(headings.get(1) - 1, headings.get(2) - 1);
            Row forexHeader = comparison.getRow(headings.get(1) + 1);
            assertThat(rowTexts(forexHeader))
                    .containsExactly("Theme", "2024 · Forex Market Outlook", "2025 · Forex Market Outlook", "Change (pts)");
            List<String> forexThemes = new ArrayList<>();
            for (int r = headings.get(1) + 2; comparison.getRow(r) != null; r++) {
                forexThemes.add(text(comparison.getRow(r).getCell(0)));
            }
            assertThat(forexThemes).containsExactly("Central bank divergence", "Algorithmic execution",
                    "Carry trades unwind", "Other");
            assertThat(comparison.getTables()).extracting(t -> t.getName())
                    .containsExactly("Comparison_ai_llms", "Comparison_forex", "Comparison_quantum_computing");
            assertThat(comparison.getDrawingPatriarch().getCharts()).hasSize(6);
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
    void changesListEachThemeMovementBetweenEditionsWithShortLabelsAndBlanksForAbsence() throws IOException {
        try (XSSFWorkbook workbook = sample()) {
            XSSFSheet changes = workbook.getSheet("Changes");
            assertThat(rowTexts(changes.getRow(0))).containsExactly("Topic", "Theme", "First seen", "Last seen",
                    "From edition", "To edition", "Change", "Share before", "Share after", "Change (pts)", "Why");
            Row dropped = changes.getRow(4);
            assertThat(text(dropped.getCell(0))).isEqualTo("AI LLMs");
            assertThat(text(dropped.getCell(1))).isEqualTo("Regulation and policy");
            assertThat(text(dropped.getCell(2))).isEqualTo("2023 · AI Report");
            assertThat(text(dropped.getCell(3))).as("last seen").isEqualTo("2023 · AI Report");
            assertThat(text(dropped.getCell(4))).isEqualTo("2023 · AI Report");
            assertThat(text(dropped.getCell(5))).isEqualTo("2024 · AI Report");
            assertThat(text(dropped.getCell(6))).isEqualTo("Dropped");
            assertThat(dropped.getCell(7).getNumericCellValue()).isEqualTo(0.40);
            assertThat(dropped.getCell(7).getCellStyle().getDataFormatString()).isEqualTo("0.0%");
            assertThat(isBlank(dropped.getCell(8))).as("absent after: blank, as on Comparison").isTrue();
            assertThat(isBlank(dropped.getCell(9))).as("no change in points for a dropped theme").isTrue();
            Row falling = changes.getRow(1);
            assertThat(falling.getCell(9).getNumericCellValue()).isEqualTo(-10.0);
            assertThat(falling.getCell(9).getCellStyle().getDataFormatString())
                    .isEqualTo("+0.0\" pts\";-0.0\" pts\";0.0\" pts\"");
            assertThat(changes.getLastRowNum()).isEqualTo(4);
            assertThat(text(dropped.getCell(10))).isEqualTo("covered in 1 of 2 editions, not in this one");
            assertThat(changes.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:K5");
        }
    }

    @Test
    void everySheetPrintsLandscapeOnePageWideAndRepeatsItsSingleHeaderRow() throws IOException {
        try (XSSFWorkbook workbook = sample()) {
            for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
                XSSFSheet sheet = workbook.getSheetAt(i);
                assertThat(sheet.getPrintSetup().getLandscape()).as(sheet.getSheetName()).isTrue();
                assertThat(sheet.getFitToPage()).as(sheet.getSheetName()).isTrue();
                assertThat(sheet.getPrintSetup().getFitWidth()).as(sheet.getSheetName()).isEqualTo((short) 1);
                assertThat(sheet.getPrintSetup().getFitHeight()).as(sheet.getSheetName()).isEqualTo((short) 0);
                assertThat(sheet.getFooter().getCenter()).isEqualTo("Page &P of &N");
            }
            for (String name : List.of("Sections", "Entities", "Changes")) {
                assertThat(workbook.getSheet(name).getRepeatingRows().formatAsString()).as(name).isEqualTo("1:1");
            }
        }
    }

    private static boolean isBlank(Cell cell) {
        return cell == null || cell.getCellType() == CellType.BLANK;
    }

    /**
     * Where a report's link cell leads: the address in its {@code HYPERLINK} formula, whose
     * cached value must be the text the formula shows.
     */
    private static String linkTarget(Cell cell) {
        assertThat(cell.getCellType()).isEqualTo(CellType.FORMULA);
        Matcher formula = HYPERLINK_FORMULA.matcher(cell.getCellFormula());
        assertThat(formula.matches()).as(cell.getCellFormula()).isTrue();
        assertThat(cell.getStringCellValue()).isEqualTo(formula.group(2).replace("\"\"", "\""));
        return formula.group(1).replace("\"\"", "\"");
    }

    private static final Pattern HYPERLINK_FORMULA =
            Pattern.compile("HYPERLINK\\(\"((?:[^\"]|\"\")*)\",\"((?:[^\"]|\"\")*)\"\\)");

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
