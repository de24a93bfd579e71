package io.trendreports.xlsx;

import io.trendreports.model.ChangeKind;
import io.trendreports.model.EditionLabel;
import io.trendreports.model.ReportInfo;
import io.trendreports.model.RunSnapshot;
import io.trendreports.model.Theme;
import io.trendreports.model.ThemeChange;
import io.trendreports.model.TopicSeries;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Each theme's history within its topic: the first and last edition of the topic that covers it,
 * then one row per step between consecutive editions saying whether it is new, dropped, rising,
 * falling or steady, as the model's {@code EditionComparison} tells it. Rows go topic by topic,
 * and within a topic theme by theme in the order of {@code Comparison}, so one theme's story
 * reads down consecutive rows; the filter sorts them any other way. Editions are named by their
 * short labels. A share is blank where the edition lacks the theme, and so is the change in
 * points of a new or dropped theme: the Change column says what happened.
 */
final class ChangesSheet {

    static final String NAME = "Changes";
    static final String[] HEADER = {"Topic", "Theme", "First seen", "Last seen", "From edition", "To edition",
        "Change", "Share before", "Share after", "Change (pts)", "Why"};
    private static final int[] WIDTHS = {20, 32, 14, 14, 14, 14, 13, 12, 12, 13, 60};
    private static final int EDITION_MAX_CHARS = 34;

    private final Cells cells;

    ChangesSheet(Cells cells) {
        this.cells = cells;
    }

    void write(Sheet sheet, RunSnapshot run) {
        Map<String, List<ThemeChange>> byTheme = new HashMap<>();
        for (ThemeChange change : run.changes()) {
            byTheme.computeIfAbsent(change.themeId(), k -> new ArrayList<>()).add(change);
        }
        cells.header(sheet.createRow(0), HEADER);
        int r = 1;
        int editionChars = 0;
        for (TopicSeries topic : run.topics()) {
            // each label once per edition: a long series has thousands of rows naming the same editions
            Map<String, String> labels = new HashMap<>();
            for (ReportInfo e : topic.editions()) {
                String label = EditionLabel.of(e);
                labels.put(e.reportId(), label);
                editionChars = Math.max(editionChars, label.length() + 2);
            }
            Set<String> ids = labels.keySet();
            for (Theme theme : topic.themes()) {
                ReportInfo[] seen = seen(topic, theme);
                for (ThemeChange change : byTheme.getOrDefault(theme.id(), List.of())) {
                    // a sheet ends at 1,048,576 rows: a longer list stops there
                    if (!ids.contains(change.toReportId()) || r > SectionsSheet.MAX_RECORDS) {
                        continue;
                    }
                    Row row = sheet.createRow(r++);
                    cells.text(row, 0, topic.label());
                    cells.text(row, 1, theme.label());
                    cells.text(row, 2, labels.get(seen[0].reportId()));
                    cells.text(row, 3, labels.get(seen[1].reportId()));
                    cells.text(row, 4, labels.get(change.fromReportId()));
                    cells.text(row, 5, labels.get(change.toReportId()));
                    cells.text(row, 6, change.kind().label());
                    if (change.kind() != ChangeKind.NEW) {
                        cells.percent(row, 7, change.fromSharePct());
                    }
                    if (change.kind() != ChangeKind.DROPPED) {
                        cells.percent(row, 8, change.toSharePct());
                    }
                    if (change.kind() != ChangeKind.NEW && change.kind() != ChangeKind.DROPPED) {
                        cells.change(row, 9, change.deltaPct());
                    }
                    cells.text(row, 10, change.reason());
                }
            }
        }
        if (r == 1) {
            cells.text(sheet.createRow(r), 0, "No changes: no topic has two editions in this run.");
        } else {
            sheet.setAutoFilter(new CellRangeAddress(0, r - 1, 0, HEADER.length - 1));
        }
        sheet.createFreezePane(0, 1);
        for (int i = 0; i < WIDTHS.length; i++) {
            int chars = i >= 2 && i <= 5 ? Math.max(WIDTHS[i], Math.min(EDITION_MAX_CHARS, editionChars)) : WIDTHS[i];
            sheet.setColumnWidth(i, chars * 256);
        }
    }

    /** The oldest and the newest edition of the topic with a share of the theme. */
    private static ReportInfo[] seen(TopicSeries topic, Theme theme) {
        ReportInfo first = null;
        ReportInfo last = null;
        for (ReportInfo e : topic.editions()) {
            if (topic.share(theme.id(), e.reportId()) != null) {
                first = first == null ? e : first;
                last = e;
            }
        }
        return new ReportInfo[]{first, last};
    }
}
