package io.trendreports.xlsx;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTDLbls;
import org.openxmlformats.schemas.drawingml.x2006.chart.STDLblPos;
import org.openxmlformats.schemas.drawingml.x2006.chart.STDispBlanksAs;

import java.util.List;

/**
 * The native Excel charts under a topic's block on {@code Comparison}, plotting its cells so they
 * follow the values if an analyst edits them:
 * <ul>
 * <li>each theme's share in the two newest editions, as columns with their values written on
 * them; columns run left to right in the order of the legend (horizontal bars with a reversed
 * axis list their legend in the opposite order of the bars in LibreOffice);</li>
 * <li>each theme over every edition of the topic, a line per theme (the largest
 * {@value #MAX_LINES}: more lines cannot be told apart), a gap where an edition lacks it.</li>
 * </ul>
 * The block was streamed, so POI cannot read its cells back to fill the charts' caches; they are
 * filled from the values just written instead, with the cell ranges as the references.
 */
final class ComparisonCharts {

    static final String SHARE_TITLE = "Theme share: two newest editions";
    static final String SHARE_TITLE_ONE = "Theme share";
    static final String TREND_TITLE = "Theme share over all editions";
    static final int MAX_LINES = 10;
    static final String LABEL_FORMAT = "0.0%;-0.0%;;";
    static final int SHARE_ROWS = 18;
    static final int TREND_ROWS = 18;
    private static final int MIN_WIDTH_COLUMNS = 8;
    /** Ten colours told apart in print and by most colour-blind readers (Tableau 10). */
    private static final int[] LINE_COLOURS = {0x4E79A7, 0xF28E2B, 0xE15759, 0x76B7B2, 0x59A14F, 0xEDC948, 0xB07AA1,
        0xFF9DA7, 0x9C755F, 0xBAB0AC};
    /** Previous edition muted, newest edition strong. */
    private static final byte[][] EDITION_COLOURS = {{(byte) 0xA5, (byte) 0xB8, (byte) 0xCF},
        {(byte) 0x1F, (byte) 0x4E, (byte) 0x79}};

    private ComparisonCharts() {
    }

    /** Rows the charts of a block take, from its chart row. */
    static int heightRows(ComparisonSheet.Block block) {
        return SHARE_ROWS + (block.editions().size() >= 2 ? 1 + TREND_ROWS : 0);
    }

    static void draw(XSSFSheet sheet, ComparisonSheet.Block block) {
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        int width = Math.max(MIN_WIDTH_COLUMNS, block.header().length);
        shares(drawing.createChart(drawing.createAnchor(0, 0, 0, 0, 0, block.chartRow(), width,
                block.chartRow() + SHARE_ROWS)), block);
        if (block.editions().size() >= 2) {
            int top = block.chartRow() + SHARE_ROWS + 1;
            // a chart cut in two by a page break reads as two broken ones
            sheet.setRowBreak(top - 1);
            trend(drawing.createChart(drawing.createAnchor(0, 0, 0, 0, 0, top, width, top + TREND_ROWS)), block);
        }
    }

    private static void shares(XSSFChart chart, ComparisonSheet.Block block) {
        List<Integer> compared = block.compared();
        chart.setTitleText(block.topicLabel() + ": " + (compared.size() == 1 ? SHARE_TITLE_ONE : SHARE_TITLE));
        chart.setTitleOverlay(false);
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        XDDFCategoryAxis themeAxis = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis shareAxis = shareAxis(chart);

        int themes = block.themes().size();
        int first = block.headerRow() + 1;
        XDDFCategoryDataSource labels = XDDFDataSourcesFactory.fromArray(block.themes().toArray(String[]::new),
                column(block.sheetName(), first, first + themes - 1, 0));
        XDDFBarChartData bars = (XDDFBarChartData) chart.createData(ChartTypes.BAR, themeAxis, shareAxis);
        bars.setBarDirection(BarDirection.COL);
        bars.setVaryColors(false);
        for (int i = 0; i < compared.size(); i++) {
            int e = compared.get(i);
            XDDFNumericalDataSource<Double> values = XDDFDataSourcesFactory.fromArray(block.fractions()[e],
                    column(block.sheetName(), first, first + themes - 1, e + 1));
            XDDFBarChartData.Series series = (XDDFBarChartData.Series) bars.addSeries(labels, values);
            series.setTitle(block.editions().get(e), header(block, e + 1));
            series.setFillProperties(new XDDFSolidFillProperties(
                    XDDFColor.from(EDITION_COLOURS[i == compared.size() - 1 ? 1 : 0])));
            valueLabels(series.getCTBarSer().isSetDLbls() ? series.getCTBarSer().getDLbls()
                    : series.getCTBarSer().addNewDLbls(), STDLblPos.OUT_END);
        }
        chart.plot(bars);
    }

    /** Shares in percent, from zero: an axis that starts near the values makes 0.02 points look like a fall. */
    private static XDDFValueAxis shareAxis(XSSFChart chart) {
        XDDFValueAxis axis = chart.createValueAxis(AxisPosition.LEFT);
        axis.setCrossBetween(AxisCrossBetween.BETWEEN);
        axis.setNumberFormat("0%");
        axis.setMinimum(0);
        return axis;
    }

    private static void trend(XSSFChart chart, ComparisonSheet.Block block) {
        chart.setTitleText(block.topicLabel() + ": " + TREND_TITLE);
        chart.setTitleOverlay(false);
        chart.getOrAddLegend().setPosition(LegendPosition.RIGHT);
        XDDFCategoryAxis editionAxis = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis shareAxis = shareAxis(chart);

        int editions = block.editions().size();
        XDDFCategoryDataSource labels = XDDFDataSourcesFactory.fromArray(block.editions().toArray(String[]::new),
                new CellRangeAddress(block.headerRow(), block.headerRow(), 1, editions)
                        .formatAsString(block.sheetName(), true));
        XDDFLineChartData lines = (XDDFLineChartData) chart.createData(ChartTypes.LINE, editionAxis, shareAxis);
        lines.setVaryColors(false);
        int shown = Math.min(MAX_LINES, block.themes().size());
        for (int t = 0; t < shown; t++) {
            Double[] row = new Double[editions];
            for (int e = 0; e < editions; e++) {
                row[e] = block.fractions()[e][t];
            }
            int sheetRow = block.headerRow() + 1 + t;
            XDDFNumericalDataSource<Double> values = XDDFDataSourcesFactory.fromArray(row,
                    new CellRangeAddress(sheetRow, sheetRow, 1, editions).formatAsString(block.sheetName(), true));
            XDDFLineChartData.Series series = (XDDFLineChartData.Series) lines.addSeries(labels, values);
            series.setTitle(block.themes().get(t), new CellReference(block.sheetName(), sheetRow, 0, true, true));
            series.setSmooth(false);
            series.setMarkerStyle(MarkerStyle.CIRCLE);
            int rgb = LINE_COLOURS[t % LINE_COLOURS.length];
            XDDFSolidFillProperties colour = new XDDFSolidFillProperties(XDDFColor.from(
                    new byte[]{(byte) (rgb >> 16), (byte) (rgb >> 8), (byte) rgb}));
            XDDFShapeProperties line = new XDDFShapeProperties();
            XDDFLineProperties stroke = new XDDFLineProperties();
            stroke.setWidth(2.25);
            stroke.setFillProperties(colour);
            line.setLineProperties(stroke);
            series.setShapeProperties(line);
        }
        chart.plot(lines);
        chart.getCTChart().addNewDispBlanksAs().setVal(STDispBlanksAs.GAP);
    }

    /**
     * The value on each bar, as a percentage with one decimal like the cells. The format's empty
     * zero section keeps a label off an edition without the theme, which some programs plot as 0.
     */
    private static void valueLabels(CTDLbls labels, STDLblPos.Enum position) {
        labels.addNewNumFmt().setFormatCode(LABEL_FORMAT);
        labels.getNumFmt().setSourceLinked(false);
        labels.addNewDLblPos().setVal(position);
        labels.addNewShowLegendKey().setVal(false);
        labels.addNewShowVal().setVal(true);
        labels.addNewShowCatName().setVal(false);
        labels.addNewShowSerName().setVal(false);
        labels.addNewShowPercent().setVal(false);
        labels.addNewShowBubbleSize().setVal(false);
    }

    private static CellReference header(ComparisonSheet.Block block, int column) {
        return new CellReference(block.sheetName(), block.headerRow(), column, true, true);
    }

    private static String column(String sheetName, int firstRow, int lastRow, int column) {
        return new CellRangeAddress(firstRow, lastRow, column, column).formatAsString(sheetName, true);
    }
}
