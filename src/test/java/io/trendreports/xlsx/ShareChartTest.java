package io.trendreports.xlsx;

import io.trendreports.model.InMemoryRunSnapshot;
import io.trendreports.model.SampleRuns;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTBarSer;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTNumVal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The native bar chart under the Comparison matrix. */
class ShareChartTest {

    @TempDir
    Path dir;

    @Test
    void aNativeBarChartPlotsTheTwoNewestEditionsFromTheComparisonCells() throws IOException {
        try (XSSFWorkbook workbook = XlsxFixtures.writeAndOpen(EntitiesAndChangesTest.threeEditions(), dir)) {
            XSSFSheet comparison = workbook.getSheet("Comparison");
            XSSFChart chart = onlyChart(comparison);
            assertThat(chart.getTitleText().getString()).isEqualTo("Theme share: two newest editions");
            assertThat(workbook.getAllPictures()).as("a chart, not a picture").isEmpty();

            List<XDDFChartData> plots = chart.getChartSeries();
            assertThat(plots).singleElement().isInstanceOf(XDDFBarChartData.class);
            XDDFBarChartData bars = (XDDFBarChartData) plots.get(0);
            assertThat(bars.getBarDirection()).isEqualTo(BarDirection.BAR);
            assertThat(bars.getSeriesCount()).isEqualTo(2);
            // matrix: A = theme, B = 2022, C = 2023, D = 2024, E = change; 3 themes in rows 2-4
            List<CTBarSer> ser = List.of(chart.getCTChart().getPlotArea().getBarChartArray(0).getSerArray());
            assertSeries(comparison, bars.getSeries(0), ser.get(0), "C");
            assertSeries(comparison, bars.getSeries(1), ser.get(1), "D");
            assertThat(ser).extracting(s -> s.getTx().getStrRef().getF())
                    .containsExactly("Comparison!$C$1", "Comparison!$D$1");
            assertThat(comparison.getRow(0).getCell(3).getStringCellValue()).isEqualTo("R (2024)");
        }
    }

    @Test
    void theChartPlotsTheNewestReportAndThePreviousEditionOfItsSeries() throws IOException {
        try (XSSFWorkbook workbook = XlsxFixtures.writeAndOpen(EntitiesAndChangesTest.twoSeries(), dir)) {
            XDDFChartData bars = onlyChart(workbook.getSheet("Comparison")).getChartSeries().get(0);
            // B = AI Report 2023, C = Health Outlook 2024, D = AI Report 2025
            assertThat(List.of(bars.getSeries(0).getValuesData().getDataRangeReference(),
                    bars.getSeries(1).getValuesData().getDataRangeReference()))
                    .containsExactly("Comparison!$B$2:$B$5", "Comparison!$D$2:$D$5");
        }
    }

    @Test
    void aSingleEditionGetsOneSeries() throws IOException {
        InMemoryRunSnapshot run = XlsxFixtures.single(
                XlsxFixtures.record("r", "R", "2025", 1, "s", "model-scaling", 70),
                XlsxFixtures.record("r", "R", "2025", 2, "s", "other", 30));
        try (XSSFWorkbook workbook = XlsxFixtures.writeAndOpen(run, dir)) {
            XDDFChartData bars = onlyChart(workbook.getSheet("Comparison")).getChartSeries().get(0);
            assertThat(bars.getSeriesCount()).isEqualTo(1);
            assertThat(bars.getSeries(0).getValuesData().getDataRangeReference()).isEqualTo("Comparison!$B$2:$B$3");
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

    private static XSSFChart onlyChart(XSSFSheet sheet) {
        XSSFDrawing drawing = sheet.getDrawingPatriarch();
        assertThat(drawing).isNotNull();
        assertThat(drawing.getCharts()).hasSize(1);
        return drawing.getCharts().get(0);
    }

    /** References the column's matrix cells, with a cache equal to what those cells hold. */
    private static void assertSeries(XSSFSheet sheet, XDDFChartData.Series series, CTBarSer ct, String column) {
        assertThat(series.getCategoryData().getDataRangeReference()).isEqualTo("Comparison!$A$2:$A$4");
        assertThat(series.getValuesData().getDataRangeReference())
                .isEqualTo("Comparison!$" + column + "$2:$" + column + "$4");
        int col = column.charAt(0) - 'A';
        for (int i = 0; i < 3; i++) {
            assertThat(series.getCategoryData().getPointAt(i))
                    .isEqualTo(sheet.getRow(i + 1).getCell(0).getStringCellValue());
            Cell cell = sheet.getRow(i + 1).getCell(col);
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
