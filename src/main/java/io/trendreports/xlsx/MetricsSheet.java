package io.trendreports.xlsx;

import io.trendreports.model.EditionLabel;
import io.trendreports.model.MetricParts;
import io.trendreports.model.ReportInfo;
import io.trendreports.model.RunSnapshot;
import io.trendreports.model.TrendRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Every metric of every section as one row of the {@value #TABLE_NAME} Excel table: where it is
 * (topic, edition, section, theme), the metric as the report words it, and the value, unit and
 * what it measures as {@link MetricParts} reads them, so that figures can be sorted and filtered.
 * The text stays beside the parts: a part that cannot be read plainly is blank, not guessed.
 * Rows are streamed as the records pass, like {@link SectionsSheet}.
 */
final class MetricsSheet implements Consumer<TrendRecord> {

    static final String NAME = "Metrics";
    static final String TABLE_NAME = "MetricsTable";
    static final String[] HEADER = {"Topic", "Edition", "Report id", "Section", "Section title", "Theme", "Metric",
        "Value", "Unit", "Measures"};
    private static final int VALUE_COLUMN = 7;

    private final Cells cells;
    private final Sheet sheet;
    private final Map<String, ReportInfo> reports = new HashMap<>();
    /** Each report's edition label, worked out at its first metric: a report has dozens. */
    private final Map<String, String> editions = new HashMap<>();
    private final ColumnWidths widths;
    private int written;

    MetricsSheet(Cells cells, Sheet sheet, RunSnapshot run) {
        this.cells = cells;
        this.sheet = sheet;
        run.reports().forEach(r -> reports.put(r.reportId(), r));
        this.widths = new ColumnWidths(HEADER.length);
        cells.tableHeader(sheet.createRow(0), HEADER);
        widths.observe(HEADER);
    }

    @Override
    public void accept(TrendRecord r) {
        ReportInfo report = reports.get(r.reportId());
        String edition = report == null ? r.period()
                : editions.computeIfAbsent(r.reportId(), id -> EditionLabel.of(report));
        for (String metric : r.metrics()) {
            if (metric == null || metric.isBlank() || written >= SectionsSheet.MAX_RECORDS) {
                continue;
            }
            MetricParts parts = MetricParts.of(metric);
            Row row = sheet.createRow(++written);
            cells.text(row, 0, r.topicLabel());
            cells.text(row, 1, edition);
            cells.text(row, 2, r.reportId());
            cells.number(row, 3, r.sectionNo(), cells.styles().integer);
            cells.text(row, 4, r.sectionTitle());
            cells.text(row, 5, r.themeLabel());
            cells.text(row, 6, metric);
            parts.value().ifPresent(v -> cells.number(row, VALUE_COLUMN, v, styleOf(v, parts.unit())));
            // a part that cannot be read is a blank cell, as absence is everywhere in the workbook
            if (!parts.unit().isEmpty()) {
                cells.text(row, 8, parts.unit());
            }
            if (!parts.measures().isEmpty()) {
                cells.text(row, 9, parts.measures());
            }
            widths.observe(r.topicLabel(), edition, r.reportId(), "00", r.sectionTitle(), r.themeLabel(), metric,
                    "1,000,000,000", parts.unit(), parts.measures());
        }
    }

    /** A year reads 2026, not 2,026; decimals only where the figure has them. */
    private org.apache.poi.ss.usermodel.CellStyle styleOf(double value, String unit) {
        WorkbookStyles styles = cells.styles();
        if ("year".equals(unit)) {
            return styles.integer;
        }
        return value == Math.rint(value) ? styles.figure : styles.decimalFigure;
    }

    /** Freezes the header, sizes the columns and declares the table. */
    void finish(XSSFSheet backing, TableNames names) {
        if (written == 0) {
            cells.text(sheet.createRow(1), 0, "No metrics found in this run.");
        }
        sheet.createFreezePane(0, 1);
        widths.apply(sheet);
        ExcelTable.add(backing, names.unique(TABLE_NAME, ""), HEADER, Math.max(1, written));
    }

    /** Metric rows written. */
    int written() {
        return written;
    }
}
