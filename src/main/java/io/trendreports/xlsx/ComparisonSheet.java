package io.trendreports.xlsx;

import io.trendreports.model.EditionLabel;
import io.trendreports.model.ReportInfo;
import io.trendreports.model.RunSnapshot;
import io.trendreports.model.Theme;
import io.trendreports.model.TopicSeries;
import org.apache.poi.ss.usermodel.ColorScaleFormatting;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.ConditionalFormattingThreshold.RangeType;
import org.apache.poi.ss.usermodel.ExtendedColor;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFSheet;

import java.util.ArrayList;
import java.util.List;

/**
 * The theme-by-edition comparison, one block per topic: a run may hold reports on forex, quantum
 * computing and AI LLMs, and a report is only ever compared with other editions of its topic.
 * Each block has the topic as its heading, that topic's editions as columns (oldest first, headed
 * by their short labels; the full titles are on Overview), the themes its editions cover as rows
 * in the model's order (largest in the newest edition first, {@code other} last), each cell the
 * theme's share of that edition, and the change in points between the two newest editions. A
 * theme an edition does not cover is a blank cell, as everywhere in the workbook; where one of
 * the two editions lacks the theme, the change says "new" or "dropped" instead of a number.
 *
 * <p>Each block is an Excel table (filter buttons, a name for formulas) with a colour scale over
 * its shares, followed by a chart of the two newest editions and a line chart of each theme over
 * all editions ({@link ComparisonCharts}); a printed page starts at each topic.
 */
final class ComparisonSheet {

    static final String NAME = "Comparison";
    static final String THEME_HEADER = "Theme";
    static final String CHANGE_HEADER = "Change (pts)";
    static final String NEW = "new";
    static final String DROPPED = "dropped";
    /**
     * Tables, charts, colour scales and page breaks are made for this many topics; beyond, blocks
     * are plain cells: POI walks every earlier break and formatting rule to add one, so a run of
     * thousands of topics would spend minutes on decoration nobody scrolls to.
     */
    static final int DECORATED_TOPICS = 100;
    /**
     * Editions a sheet shows as columns, newest first kept: Excel stops at 16,384 columns, and a
     * thousand is already more than anyone reads across.
     */
    static final int EDITION_COLUMNS = 1000;
    static final int GAP_ROWS = 2;
    static final int THEME_CHARS = 32;
    static final int EDITION_MIN_CHARS = 14;
    static final int EDITION_MAX_CHARS = 30;

    private final Cells cells;

    ComparisonSheet(Cells cells) {
        this.cells = cells;
    }

    /**
     * One topic's block as written, for the table and charts declared on it afterwards.
     *
     * @param header    the block's column headers as written (Theme, edition labels, Change)
     * @param headerRow index of the header row
     * @param fractions the share cells as stored, by edition then theme; null for a blank cell
     * @param compared  indexes into {@code editions} the change column compares, older first
     * @param chartRow  first row of the space left for the charts; -1 when the block has none
     */
    record Block(String sheetName, String topic, String topicLabel, String[] header, int headerRow,
                 List<String> themes, List<String> editions, Double[][] fractions, List<Integer> compared,
                 int chartRow) {

        int lastRow() {
            return headerRow + Math.max(1, themes.size());
        }

        boolean decorated() {
            return chartRow >= 0;
        }
    }

    List<Block> write(Sheet sheet, RunSnapshot run) {
        List<TopicSeries> topics = run.topics();
        List<Block> blocks = new ArrayList<>();
        List<Integer> widths = new ArrayList<>(List.of(THEME_CHARS));
        int r = 0;
        if (topics.isEmpty()) {
            cells.text(sheet.createRow(r), 0, "No report was processed in this run.");
        }
        for (int t = 0; t < topics.size(); t++) {
            if (t > 0 && t < DECORATED_TOPICS) {
                sheet.setRowBreak(r - 1);
            }
            Block block = block(sheet, topics.get(t), r, t < DECORATED_TOPICS, widths);
            blocks.add(block);
            r = (block.decorated() ? block.chartRow() + ComparisonCharts.heightRows(block) : block.lastRow() + 1)
                    + GAP_ROWS;
        }
        sheet.createFreezePane(1, 0);
        ColumnRuns.apply(sheet, widths.stream().mapToInt(Integer::intValue).toArray());
        return blocks;
    }

    private Block block(Sheet sheet, TopicSeries series, int top, boolean decorated, List<Integer> widths) {
        WorkbookStyles styles = cells.styles();
        TopicSeries topic = series.newest(EDITION_COLUMNS);
        List<ReportInfo> editions = topic.editions();
        List<Theme> themes = topic.themes();
        boolean withChange = editions.size() >= 2;

        Row heading = sheet.createRow(top);
        cells.text(heading, 0, topic.label(), styles.heading);
        String shown = editions.size() < series.editions().size()
                ? "newest " + editions.size() + " of " + series.editions().size() + " editions (every section is on "
                + SectionsSheet.NAME + ")"
                : editions.size() + (editions.size() == 1 ? " edition" : " editions");
        cells.text(heading, 1, shown + " \u00B7 " + themes.size() + (themes.size() == 1 ? " theme" : " themes"),
                styles.muted);

        List<String> texts = new ArrayList<>();
        texts.add(THEME_HEADER);
        editions.forEach(e -> texts.add(cells.clean(EditionLabel.of(e))));
        if (withChange) {
            texts.add(CHANGE_HEADER);
        }
        String[] header = TableNames.uniqueColumns(texts.toArray(String[]::new));
        int headerRow = top + 1;
        Row headerCells = sheet.createRow(headerRow);
        // inside a table the table style paints the header; a plain block gets the filled header
        for (int c = 0; c < header.length; c++) {
            cells.text(headerCells, c, header[c], decorated ? styles.tableHeader : styles.header);
        }
        int lines = 1;
        for (int c = 1; c <= editions.size(); c++) {
            int chars = Math.max(EDITION_MIN_CHARS, Math.min(EDITION_MAX_CHARS, header[c].length() + 2));
            widen(widths, c, chars);
            lines = Math.max(lines, RowHeights.lines(header[c], chars - 2));
        }
        if (withChange) {
            widen(widths, header.length - 1, EDITION_MIN_CHARS);
        }
        RowHeights.fit(headerCells, lines);

        Double[][] fractions = new Double[editions.size()][themes.size()];
        List<String> labels = new ArrayList<>();
        String newest = editions.get(editions.size() - 1).reportId();
        String previous = withChange ? editions.get(editions.size() - 2).reportId() : null;
        for (int t = 0; t < themes.size(); t++) {
            Theme theme = themes.get(t);
            Row row = sheet.createRow(headerRow + 1 + t);
            labels.add(cells.text(row, 0, theme.label()).getStringCellValue());
            for (int c = 0; c < editions.size(); c++) {
                Double share = topic.share(theme.id(), editions.get(c).reportId());
                if (share != null && Double.isFinite(share)) {
                    fractions[c][t] = cells.percent(row, c + 1, share).getNumericCellValue();
                }
            }
            if (withChange) {
                change(row, editions.size() + 1, topic.share(theme.id(), previous), topic.share(theme.id(), newest));
            }
        }
        if (themes.isEmpty()) {
            cells.text(sheet.createRow(headerRow + 1), 0, "No themes in these editions.");
        } else if (decorated) {
            colourScale(sheet, new CellRangeAddress(headerRow + 1, headerRow + themes.size(), 1, editions.size()));
        }
        List<Integer> compared = withChange ? List.of(editions.size() - 2, editions.size() - 1)
                : List.of(editions.size() - 1);
        List<String> editionLabels = List.of(header).subList(1, editions.size() + 1);
        int chartRow = decorated && !themes.isEmpty() ? headerRow + themes.size() + 2 : -1;
        return new Block(sheet.getSheetName(), topic.topic(), topic.label(), header, headerRow, labels, editionLabels,
                fractions, compared, chartRow);
    }

    private void change(Row row, int column, Double before, Double after) {
        if (before != null && after != null) {
            cells.change(row, column, after - before);
        } else if (after != null) {
            cells.text(row, column, NEW, cells.styles().changeWord);
        } else if (before != null) {
            cells.text(row, column, DROPPED, cells.styles().changeWord);
        }
    }

    private static void widen(List<Integer> widths, int column, int chars) {
        while (widths.size() <= column) {
            widths.add(EDITION_MIN_CHARS);
        }
        widths.set(column, Math.max(widths.get(column), chars));
    }

    /** Declares each decorated block's table and draws its charts, once every row is written. */
    static void decorate(XSSFSheet backing, List<Block> blocks, TableNames names) {
        for (Block block : blocks) {
            if (!block.decorated()) {
                continue;
            }
            ExcelTable.add(backing, names.unique(NAME, block.topic().isEmpty() ? block.topicLabel() : block.topic()),
                    block.header(), block.headerRow(), block.lastRow());
            ComparisonCharts.draw(backing, block);
        }
    }

    /** Low shares pale, high shares deep green: where each edition puts its weight at a glance. */
    static void colourScale(Sheet sheet, CellRangeAddress matrix) {
        SheetConditionalFormatting formatting = sheet.getSheetConditionalFormatting();
        ConditionalFormattingRule rule = formatting.createConditionalFormattingColorScaleRule();
        ColorScaleFormatting scale = rule.getColorScaleFormatting();
        scale.getThresholds()[0].setRangeType(RangeType.MIN);
        scale.getThresholds()[1].setRangeType(RangeType.PERCENTILE);
        scale.getThresholds()[1].setValue(50d);
        scale.getThresholds()[2].setRangeType(RangeType.MAX);
        ExtendedColor[] colours = {rgb(0xF8, 0xFB, 0xF4), rgb(0xC6, 0xE0, 0xB4), rgb(0x63, 0xBE, 0x7B)};
        scale.setColors(colours);
        formatting.addConditionalFormatting(new CellRangeAddress[]{matrix}, rule);
    }

    private static ExtendedColor rgb(int r, int g, int b) {
        return new XSSFColor(new byte[]{(byte) r, (byte) g, (byte) b}, null);
    }
}
