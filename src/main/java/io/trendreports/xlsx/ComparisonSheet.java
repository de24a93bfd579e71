package io.trendreports.xlsx;

import io.trendreports.model.EditionGroups;
import io.trendreports.model.ReportInfo;
import io.trendreports.model.RunSnapshot;
import io.trendreports.model.Theme;
import io.trendreports.model.ThemeShare;
import org.apache.poi.ss.usermodel.ColorScaleFormatting;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.ConditionalFormattingThreshold.RangeType;
import org.apache.poi.ss.usermodel.ExtendedColor;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFColor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The theme-by-edition matrix: one row per theme, one column per report (oldest first), each
 * cell the theme's share of that report. A theme a report does not cover is a blank cell, not
 * 0%, so absence is visible. Rows are sorted by the newest edition's share, {@code other} last.
 * The change column compares the newest report with the previous edition of the same series.
 */
final class ComparisonSheet {

    static final String NAME = "Comparison";
    static final String CHANGE_HEADER = "Change (pts)";

    private final Cells cells;

    ComparisonSheet(Cells cells) {
        this.cells = cells;
    }

    /**
     * What the sheet shows, for the chart that plots it: theme labels (rows 2..), edition labels
     * (columns B..), the cell values as stored ({@code null} for a blank cell), and the editions
     * the change column compares (indexes into {@code editions}, older first; only the newest when
     * it has no previous edition).
     */
    record Matrix(String sheetName, List<String> themes, List<String> editions, Double[][] fractions,
                  List<Integer> compared) {
    }

    Matrix write(Sheet sheet, RunSnapshot run) {
        List<ReportInfo> reports = new ArrayList<>(run.reports());
        reports.sort(Comparator.comparingInt(ReportInfo::edition));
        Map<String, Map<String, Double>> shares = sharesByTheme(run);
        List<String> themeIds = rowOrder(run, shares, reports);
        int newestIndex = reports.size() - 1;
        int previousIndex = previousEdition(reports);
        boolean withChange = previousIndex >= 0;

        List<String> editions = new ArrayList<>();
        List<String> themeLabels = new ArrayList<>();
        Double[][] fractions = new Double[reports.size()][themeIds.size()];
        Row header = sheet.createRow(0);
        cells.text(header, 0, "Theme", cells.styles().header);
        for (int c = 0; c < reports.size(); c++) {
            editions.add(cells.text(header, c + 1, editionLabel(reports.get(c)), cells.styles().header)
                    .getStringCellValue());
        }
        int changeColumn = reports.size() + 1;
        if (withChange) {
            cells.text(header, changeColumn, CHANGE_HEADER, cells.styles().header);
        }
        // the header is finished before the first theme row: a streamed sheet may write it out then
        int[] widths = new int[withChange ? changeColumn + 1 : changeColumn];
        widths[0] = 32;
        sizeEditionColumns(widths, header, editions);
        if (withChange) {
            widths[changeColumn] = EDITION_MIN_CHARS;
        }

        for (int t = 0; t < themeIds.size(); t++) {
            String themeId = themeIds.get(t);
            Map<String, Double> byReport = shares.get(themeId);
            Row row = sheet.createRow(t + 1);
            themeLabels.add(cells.text(row, 0, run.themeLabel(themeId)).getStringCellValue());
            for (int c = 0; c < reports.size(); c++) {
                Double share = byReport.get(reports.get(c).reportId());
                if (share != null && Double.isFinite(share)) {
                    fractions[c][t] = cells.percent(row, c + 1, share).getNumericCellValue();
                }
            }
            if (withChange) {
                Double newest = byReport.get(reports.get(newestIndex).reportId());
                Double previous = byReport.get(reports.get(previousIndex).reportId());
                // a theme absent from both editions did not change; a theme absent from one moved from or to 0
                if (newest != null || previous != null) {
                    cells.change(row, changeColumn, (newest == null ? 0 : newest) - (previous == null ? 0 : previous));
                }
            }
        }

        sheet.createFreezePane(1, 1);
        ColumnRuns.apply(sheet, widths);
        if (!themeIds.isEmpty() && !reports.isEmpty()) {
            colourScale(sheet, new CellRangeAddress(1, themeIds.size(), 1, reports.size()));
        }
        List<Integer> compared = withChange ? List.of(previousIndex, newestIndex)
                : newestIndex >= 0 ? List.of(newestIndex) : List.of();
        return new Matrix(sheet.getSheetName(), themeLabels, editions, fractions, compared);
    }

    /**
     * The index of the edition the newest report is compared with: the one before it in its own
     * series ({@link EditionGroups}), so a report is never compared with one on another subject
     * that happens to be older; -1 when the newest report has no earlier edition in the run.
     */
    private static int previousEdition(List<ReportInfo> reports) {
        if (reports.size() < 2) {
            return -1;
        }
        ReportInfo newest = reports.get(reports.size() - 1);
        for (List<ReportInfo> series : EditionGroups.of(reports)) {
            int at = series.indexOf(newest);
            if (at > 0) {
                return reports.indexOf(series.get(at - 1));
            }
        }
        return -1;
    }

    static final int EDITION_MIN_CHARS = 14;
    static final int EDITION_MAX_CHARS = 30;

    /**
     * Edition columns (B onwards, into {@code widths}) wide enough for their label within limits,
     * and the header row tall enough for the longest label to wrap into; the header style wraps.
     */
    static void sizeEditionColumns(int[] widths, Row header, List<String> labels) {
        int lines = 1;
        for (int c = 0; c < labels.size(); c++) {
            String label = labels.get(c);
            int chars = Math.max(EDITION_MIN_CHARS, Math.min(EDITION_MAX_CHARS, label.codePointCount(0, label.length()) + 2));
            widths[c + 1] = chars;
            lines = Math.max(lines, RowHeights.lines(label, chars - 2));
        }
        RowHeights.fit(header, lines);
    }

    /** "Title (period)", or just the title when the report has no period. */
    static String editionLabel(ReportInfo report) {
        String period = report.period() == null ? "" : report.period();
        return period.isBlank() ? report.title() : report.title() + " (" + period + ")";
    }

    /** Summed per theme and report; shares of reports not in the run are ignored. */
    private static Map<String, Map<String, Double>> sharesByTheme(RunSnapshot run) {
        Map<String, Map<String, Double>> shares = new LinkedHashMap<>();
        for (ThemeShare share : run.themeShares()) {
            shares.computeIfAbsent(share.themeId(), k -> new HashMap<>())
                    .merge(share.reportId(), share.sharePct(), Double::sum);
        }
        return shares;
    }

    /**
     * Themes covered by at least one report: taxonomy order first (unknown ids after it), then
     * stably sorted by share in the newest edition, descending; themes the newest edition lacks
     * come after those it has, and {@code other} is always last.
     */
    private static List<String> rowOrder(RunSnapshot run, Map<String, Map<String, Double>> shares,
                                         List<ReportInfo> reports) {
        List<String> ids = new ArrayList<>();
        for (Theme theme : run.themes()) {
            if (shares.containsKey(theme.id())) {
                ids.add(theme.id());
            }
        }
        shares.keySet().stream().filter(id -> !ids.contains(id)).forEach(ids::add);
        if (reports.isEmpty()) {
            return ids;
        }
        String newest = reports.get(reports.size() - 1).reportId();
        ids.sort(Comparator.comparing((String id) -> Theme.OTHER_ID.equals(id))
                .thenComparing(id -> -shares.get(id).getOrDefault(newest, -1.0)));
        return ids;
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
