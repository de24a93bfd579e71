package io.trendreports.xlsx;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisOrientation;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;

import java.util.List;

/**
 * A native Excel bar chart (not a picture) of each theme's share in the two newest editions (the
 * newest report and its previous edition, the pair the change column compares), placed under the {@code Comparison} matrix and plotting its cells, so it follows the values if an
 * analyst edits them. Bars run horizontally because theme labels are long, and top to bottom in
 * the matrix's row order.
 *
 * <p>The matrix was streamed, so POI cannot read the cells back to fill the chart's cache; the
 * cache is filled from the values just written instead, with the cell ranges as the references.
 */
final class ShareChart {

    static final String TITLE = "Theme share: two newest editions";
    private static final int GAP_ROWS = 2;
    private static final int MIN_HEIGHT_ROWS = 16;
    private static final int WIDTH_COLUMNS = 5;
    /** Previous edition muted, newest edition strong. */
    private static final byte[][] COLOURS = {{(byte) 0xA5, (byte) 0xB8, (byte) 0xCF}, {(byte) 0x1F, (byte) 0x4E, (byte) 0x79}};

    private ShareChart() {
    }

    /** Draws nothing when the matrix has no theme or no edition. */
    static void draw(XSSFSheet sheet, ComparisonSheet.Matrix matrix) {
        int themes = matrix.themes().size();
        if (themes == 0 || matrix.compared().isEmpty()) {
            return;
        }
        int top = themes + 1 + GAP_ROWS;
        int height = Math.max(MIN_HEIGHT_ROWS, themes * 2 + 6);
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, 0, top, WIDTH_COLUMNS, top + height);
        XSSFChart chart = drawing.createChart(anchor);
        chart.setTitleText(TITLE);
        chart.setTitleOverlay(false);
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);

        XDDFCategoryAxis themeAxis = chart.createCategoryAxis(AxisPosition.LEFT);
        themeAxis.setOrientation(AxisOrientation.MAX_MIN);
        XDDFValueAxis shareAxis = chart.createValueAxis(AxisPosition.BOTTOM);
        shareAxis.setCrossBetween(AxisCrossBetween.BETWEEN);
        // with the theme axis reversed, "max" keeps the share axis along the bottom edge
        shareAxis.setCrosses(AxisCrosses.MAX);
        shareAxis.setNumberFormat("0%");

        XDDFCategoryDataSource labels = XDDFDataSourcesFactory.fromArray(matrix.themes().toArray(String[]::new),
                range(matrix.sheetName(), 1, themes, 0));
        XDDFBarChartData bars = (XDDFBarChartData) chart.createData(ChartTypes.BAR, themeAxis, shareAxis);
        bars.setBarDirection(BarDirection.BAR);
        bars.setVaryColors(false);
        List<Integer> compared = matrix.compared();
        for (int i = 0; i < compared.size(); i++) {
            int e = compared.get(i);
            int column = e + 1;
            XDDFNumericalDataSource<Double> values = XDDFDataSourcesFactory.fromArray(matrix.fractions()[e],
                    range(matrix.sheetName(), 1, themes, column));
            XDDFChartData.Series series = bars.addSeries(labels, values);
            series.setTitle(matrix.editions().get(e), new CellReference(matrix.sheetName(), 0, column, true, true));
            byte[] rgb = COLOURS[i == compared.size() - 1 ? 1 : 0];
            series.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(rgb)));
        }
        chart.plot(bars);
    }

    private static String range(String sheetName, int firstRow, int lastRow, int column) {
        return new CellRangeAddress(firstRow, lastRow, column, column).formatAsString(sheetName, true);
    }
}
