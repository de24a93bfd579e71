package io.trendreports.xlsx;

import io.trendreports.model.InMemoryRunSnapshot;
import io.trendreports.model.SampleRuns;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTBarSer;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTDLbls;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTNumVal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The native charts under each topic's block on Comparison. */
class ComparisonChartsTest {

    @TempDir
    Path dir;

    @Test
    void columnsOfTheTwoNewestEditionsPlotTheBlockCellsWithTheirValuesOnThem() throws IOException {
        try (XSSFWorkbook workbook = XlsxFixtures.writeAndOpen(EntitiesAndChangesTest.threeEditions(), dir)) {
            XSSFSheet comparison = workbook.getSheet("Comparison");
            List<XSSFChart> charts = charts(comparison);
            assertThat(charts).hasSize(2);
            XSSFChart chart = charts.get(0);
            assertThat(chart.getTitleText().getString()).isEqualTo("R: Theme share: two newest editions");
            assertThat(workbook.getAllPictures()).as("a chart, not a picture").isEmpty();

            XDDFBarChartData bars = (XDDFBarChartData) chart.getChartSeries().get(0);
            // columns, left to right in legend order
            assertThat(bars.getBarDirection()).isEqualTo(BarDirection.COL);
            assertThat(bars.getSeriesCount()).isEqualTo(2);
            // block: row 1 heading, row 2 header (A theme, B 2022, C 2023, D 2024, E change), themes in rows 3-5
            List<CTBarSer> ser = List.of(chart.getCTChart().getPlotArea().getBarChartArray(0).getSerArray());
            assertSeries(comparison, bars.getSeries(0), ser.get(0), "C");
            assertSeries(comparison, bars.getSeries(1), ser.get(1), "D");
            assertThat(ser).extracting(s -> s.getTx().getStrRef().getF())
                    .containsExactly("Comparison!$C$2", "Comparison!$D$2");
            assertThat(comparison.getRow(1).getCell(3).getStringCellValue()).isEqualTo("2024 · R");
            CTDLbls labels = ser.get(1).getDLbls();
            assertThat(labels.getShowVal().getVal()).isTrue();
            assertThat(labels.getNumFmt().getFormatCode()).isEqualTo(ComparisonCharts.LABEL_FORMAT);
        }
    }

    @Test
    void aLineChartFollowsEachThemeOverEveryEditionOfTheTopic() throws IOException {
        try (XSSFWorkbook workbook = XlsxFixtures.writeAndOpen(EntitiesAndChangesTest.threeEditions(), dir)) {
            XSSFSheet comparison = workbook.getSheet("Comparison");
            XSSFChart chart = charts(comparison).get(1);
            assertThat(chart.getTitleText().getString()).isEqualTo("R: Theme share over all editions");
            XDDFLineChartData lines = (XDDFLineChartData) chart.getChartSeries().get(0);
            assertThat(lines.getSeriesCount()).isEqualTo(3);
            assertThat(lines.getSeries(0).getCategoryData().getDataRangeReference()).isEqualTo("Comparison!$B$2:$D$2");
            assertThat(List.of(0, 1, 2)).extracting(i -> lines.getSeries(i).getValuesData().getDataRangeReference())
                    .containsExactly("Comparison!$B$3:$D$3", "Comparison!$B$4:$D$4", "Comparison!$B$5:$D$5");
            assertThat(chart.getCTChart().getDispBlanksAs().getVal().toString()).isEqualTo("gap");
        }
    }

    @Test
    void eachTopicHasChartsOfItsOwnEditionsOnly() throws IOException {
        try (XSSFWorkbook workbook = XlsxFixtures.writeAndOpen(EntitiesAndChangesTest.twoSeries(), dir)) {
            List<XSSFChart> charts = charts(workbook.getSheet("Comparison"));
            // AI Report: 2023 and 2025 (share and trend); Health Outlook: one edition, one chart
            assertThat(charts).extracting(c -> c.getTitleText().getString()).containsExactly(
                    "AI Report: Theme share: two newest editions", "AI Report: Theme share over all editions",
                    "Health Outlook: Theme share");
            XDDFChartData bars = charts.get(0).getChartSeries().get(0);
            assertThat(List.of(bars.getSeries(0).getValuesData().getDataRangeReference(),
                    bars.getSeries(1).getValuesData().getDataRangeReference()))
                    .containsExactly("Comparison!$B$3:$B$5", "Comparison!$C$3:$C$5");
        }
    }

    @Test
    void aSingleEditionGetsOneSeriesAndNoTrend() throws IOException {
        InMemoryRunSnapshot run = XlsxFixtures.single(
                XlsxFixtures.record("r", "R", "2025", 1, "s", "model-scaling", 70),
                XlsxFixtures.record("r", "R", "2025", 2, "s", "other", 30));
        try (XSSFWorkbook workbook = XlsxFixtures.writeAndOpen(run, dir)) {
            List<XSSFChart> charts = charts(workbook.getSheet("Comparison"));
            assertThat(charts).hasSize(1);
            XDDFChartData bars = charts.get(0).getChartSeries().get(0);
            assertThat(bars.getSeriesCount()).isEqualTo(1);
            assertThat(bars.getSeries(0).getValuesData().getDataRangeReference()).isEqualTo("Comparison!$B$3:$B$4");
        }
    }

    @Test
    void anEmptyRunHasNoChart() throws IOException {
        try (XSSFWorkbook workbook = XlsxFixtures.writeAndOpen(
                new InMemoryRunSnapshot(SampleRuns.THEMES, List.of()), dir)) {
            XSSFDrawing drawing = workbook.getSheet("Comparison").getDrawingPatriarch();
            assertThat(drawing == null || drawing.getCharts().isEmpty()).isTrue();
        }
    }

    private static List<XSSFChart> charts(XSSFSheet sheet) {
        XSSFDrawing drawing = sheet.getDrawingPatriarch();
        assertThat(drawing).isNotNull();
        return drawing.getCharts();
    }

    /** References the column's block cells, with a cache equal to what those cells hold. */
    private static void assertSeries(XSSFSheet sheet, XDDFChartData.Series series, CTBarSer ct, String column) {
        assertThat(series.getCategoryData().getDataRangeReference()).isEqualTo("Comparison!$A$3:$A$5");
        assertThat(series.getValuesData().getDataRangeReference())
                .isEqualTo("Comparison!$" + column + "$3:$" + column + "$5");
        int col = column.charAt(0) - 'A';
        for (int i = 0; i < 3; i++) {
            assertThat(series.getCategoryData().getPointAt(i))
                    .isEqualTo(sheet.getRow(i + 2).getCell(0).getStringCellValue());
            Cell cell = sheet.getRow(i + 2).getCell(col);
            Double cached = cachedPoint(ct, i);
            if (cell == null || cell.getCellType() == CellType.BLANK) {
                assertThat(cached).as("blank cell, no point").isNull();
            } else {
                assertThat(cached).isEqualTo(cell.getNumericCellValue());
            }
        }
    }

    /** The cached value of point {@code idx}; POI's own reader ignores the indexes of a sparse cache. */
    private static Double cachedPoint(CTBarSer series, int idx) {
        for (CTNumVal pt : series.getVal().getNumRef().getNumCache().getPtArray()) {
            if (pt.getIdx() == idx) {
                return Double.valueOf(pt.getV());
            }
        }
        return null;
    }
}
