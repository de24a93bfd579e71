package io.trendreports.xlsx;

import io.trendreports.model.ReportInfo;
import io.trendreports.model.RunSnapshot;
import io.trendreports.model.ThemeChange;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** How each theme moved from one edition to the next, as the model's {@code EditionComparison} tells it. */
final class ChangesSheet {

    static final String NAME = "Changes";
    static final String[] HEADER = {"Theme", "From edition", "To edition", "Change", "Share before",
        "Share after", "Delta (pts)"};

    private final Cells cells;

    ChangesSheet(Cells cells) {
        this.cells = cells;
    }

    void write(Sheet sheet, RunSnapshot run) {
        Map<String, ReportInfo> reports = new LinkedHashMap<>();
        run.reports().forEach(r -> reports.put(r.reportId(), r));
        cells.header(sheet.createRow(0), HEADER);
        List<ThemeChange> changes = run.changes();
        int r = 1;
        for (ThemeChange change : changes) {
            Row row = sheet.createRow(r++);
            cells.text(row, 0, run.themeLabel(change.themeId()));
            cells.text(row, 1, edition(reports, change.fromReportId()));
            cells.text(row, 2, edition(reports, change.toReportId()));
            cells.text(row, 3, change.kind().label());
            cells.percent(row, 4, change.fromSharePct());
            cells.percent(row, 5, change.toSharePct());
            cells.change(row, 6, change.deltaPct());
        }
        if (changes.isEmpty()) {
            cells.text(sheet.createRow(r), 0, "No changes: the run has fewer than two editions.");
        } else {
            sheet.setAutoFilter(new CellRangeAddress(0, changes.size(), 0, HEADER.length - 1));
        }
        sheet.createFreezePane(0, 1);
        int[] widths = {32, 30, 30, 10, 12, 12, 12};
        for (int i = 0; i < widths.length; i++) {
            sheet.setColumnWidth(i, widths[i] * 256);
        }
    }

    private static String edition(Map<String, ReportInfo> reports, String reportId) {
        ReportInfo report = reports.get(reportId);
        return report == null ? reportId : ComparisonSheet.editionLabel(report);
    }
}
