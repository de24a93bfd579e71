package io.trendreports.xlsx;

import io.trendreports.model.EditionGroups;
import io.trendreports.model.ReportInfo;
import io.trendreports.model.RunSnapshot;
import io.trendreports.model.ThemeChange;
import io.trendreports.model.ThemeShare;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Each theme's history within each series of editions ({@code EditionGroups}): the first and last
 * edition of the series that covers it, then one row per step between consecutive editions saying whether it is new, dropped, rising, falling or steady, as the
 * model's {@code EditionComparison} tells it. Rows are grouped by theme (taxonomy order) so one
 * theme's story reads down consecutive rows; the filter sorts them any other way.
 */
final class ChangesSheet {

    static final String NAME = "Changes";
    static final String[] HEADER = {"Theme", "First seen", "Last seen", "From edition", "To edition", "Change",
        "Share before", "Share after", "Delta (pts)", "Why"};
    /** Minimum widths; the four edition columns grow with the longest edition label up to a limit. */
    private static final int[] WIDTHS = {32, 14, 14, 14, 14, 13, 12, 12, 12, 60};
    private static final int EDITION_MAX_CHARS = 40;

    private final Cells cells;

    ChangesSheet(Cells cells) {
        this.cells = cells;
    }

    void write(Sheet sheet, RunSnapshot run) {
        Map<String, ReportInfo> reports = new LinkedHashMap<>();
        run.reports().forEach(r -> reports.put(r.reportId(), r));
        List<ReportInfo> ordered = new ArrayList<>(reports.values());
        ordered.sort(Comparator.comparingInt(ReportInfo::edition));
        Map<String, Integer> seriesOf = seriesOf(ordered);
        Map<String, ReportInfo[]> seen = firstAndLastSeen(run, reports, seriesOf);
        Map<String, List<ThemeChange>> byTheme = new LinkedHashMap<>();
        run.themes().forEach(theme -> byTheme.put(theme.id(), new ArrayList<>()));
        for (ThemeChange change : run.changes()) {
            byTheme.computeIfAbsent(change.themeId(), k -> new ArrayList<>()).add(change);
        }

        cells.header(sheet.createRow(0), HEADER);
        int r = 1;
        for (Map.Entry<String, List<ThemeChange>> theme : byTheme.entrySet()) {
            for (ThemeChange change : theme.getValue()) {
                ReportInfo[] span = seen.get(spanKey(seriesOf, change.toReportId(), change.themeId()));
                Row row = sheet.createRow(r++);
                cells.text(row, 0, run.themeLabel(change.themeId()));
                cells.text(row, 1, span == null ? "" : ComparisonSheet.editionLabel(span[0]));
                cells.text(row, 2, span == null ? "" : ComparisonSheet.editionLabel(span[1]));
                cells.text(row, 3, edition(reports, change.fromReportId()));
                cells.text(row, 4, edition(reports, change.toReportId()));
                cells.text(row, 5, change.kind().label());
                cells.percent(row, 6, change.fromSharePct());
                cells.percent(row, 7, change.toSharePct());
                cells.change(row, 8, change.deltaPct());
                cells.text(row, 9, change.reason());
            }
        }
        if (r == 1) {
            cells.text(sheet.createRow(r), 0, "No changes: no report has an earlier edition of its series in this run.");
        } else {
            sheet.setAutoFilter(new CellRangeAddress(0, r - 1, 0, HEADER.length - 1));
        }
        sheet.createFreezePane(0, 1);
        int editionChars = reports.values().stream()
                .mapToInt(report -> ComparisonSheet.editionLabel(report).length() + 2)
                .max().orElse(0);
        for (int i = 0; i < WIDTHS.length; i++) {
            int chars = i >= 1 && i <= 4 ? Math.max(WIDTHS[i], Math.min(EDITION_MAX_CHARS, editionChars)) : WIDTHS[i];
            sheet.setColumnWidth(i, chars * 256);
        }
    }

    /**
     * (series, theme) → {oldest, newest} report of the series with a share of that theme. Keyed
     * by series because a theme's history is told per series of editions, as the changes are.
     */
    private static Map<String, ReportInfo[]> firstAndLastSeen(RunSnapshot run, Map<String, ReportInfo> reports,
                                                              Map<String, Integer> seriesOf) {
        Map<String, ReportInfo[]> seen = new HashMap<>();
        for (ThemeShare share : run.themeShares()) {
            ReportInfo report = reports.get(share.reportId());
            if (report == null) {
                continue;
            }
            ReportInfo[] span = seen.computeIfAbsent(spanKey(seriesOf, report.reportId(), share.themeId()),
                    k -> new ReportInfo[]{report, report});
            if (report.edition() < span[0].edition()) {
                span[0] = report;
            }
            if (report.edition() > span[1].edition()) {
                span[1] = report;
            }
        }
        return seen;
    }

    /** Report id → index of its series of editions. */
    private static Map<String, Integer> seriesOf(List<ReportInfo> reports) {
        Map<String, Integer> series = new HashMap<>();
        List<List<ReportInfo>> groups = EditionGroups.of(reports);
        for (int i = 0; i < groups.size(); i++) {
            for (ReportInfo report : groups.get(i)) {
                series.put(report.reportId(), i);
            }
        }
        return series;
    }

    private static String spanKey(Map<String, Integer> seriesOf, String reportId, String themeId) {
        return seriesOf.getOrDefault(reportId, -1) + "\u0000" + themeId;
    }

    private static String edition(Map<String, ReportInfo> reports, String reportId) {
        ReportInfo report = reports.get(reportId);
        return report == null ? reportId : ComparisonSheet.editionLabel(report);
    }
}
