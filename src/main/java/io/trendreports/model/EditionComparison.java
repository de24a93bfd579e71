package io.trendreports.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How themes move between consecutive editions of a topic, defined once so that every writer
 * tells the same story.
 *
 * <p>A theme's weight in an edition is its <em>prominence</em>: its share of the edition's words
 * divided by the share an average section has, so one average section's worth is 1.0 whether the
 * edition has 7 sections or 10. Comparing raw shares would call every theme weaker in an edition
 * that simply has more sections. A theme present in both editions is strengthened or weakened only
 * when its prominence changes by at least {@link #MIN_RATIO} times and by at least
 * {@link #MIN_SECTIONS} of an average section; otherwise it is steady. {@code other} is never a
 * finding: it is what no theme fits.
 */
public final class EditionComparison {

    /** Prominence must grow (or shrink) by at least this factor to count as a change. */
    public static final double MIN_RATIO = 1.5;
    /** ... and by at least this many average sections' worth. */
    public static final double MIN_SECTIONS = 0.5;

    private EditionComparison() {
    }

    /**
     * Changes between consecutive editions of each topic ({@link EditionGroups}), topics in order
     * of their first report.
     *
     * @param reports reports in edition order (oldest first)
     */
    public static List<ThemeChange> changes(List<ReportInfo> reports, List<Theme> themes,
                                            List<ThemeShare> shares) {
        List<ThemeChange> changes = new ArrayList<>();
        for (List<ReportInfo> series : EditionGroups.of(reports)) {
            changes.addAll(consecutive(series, themes, shares));
        }
        return changes;
    }

    /** Changes between each report and the one before it in {@code reports}, taken as one series. */
    public static List<ThemeChange> consecutive(List<ReportInfo> reports, List<Theme> themes,
                                                List<ThemeShare> shares) {
        Map<String, Map<String, ThemeShare>> byReport = new HashMap<>();
        for (ThemeShare s : shares) {
            byReport.computeIfAbsent(s.reportId(), r -> new HashMap<>()).merge(s.themeId(), s,
                    (a, b) -> new ThemeShare(a.themeId(), a.reportId(), a.sharePct() + b.sharePct(),
                            a.sections() + b.sections()));
        }
        // editions covering each theme so far, kept as the series is walked: counting them afresh
        // for every pair made a long series quadratic
        Map<String, Integer> covered = new HashMap<>();
        List<ThemeChange> changes = new ArrayList<>();
        for (int i = 0; i < reports.size(); i++) {
            Map<String, ThemeShare> current = byReport.getOrDefault(reports.get(i).reportId(), Map.of());
            current.keySet().forEach(themeId -> covered.merge(themeId, 1, Integer::sum));
            if (i == 0) {
                continue;
            }
            ReportInfo from = reports.get(i - 1);
            ReportInfo to = reports.get(i);
            Map<String, ThemeShare> previous = byReport.getOrDefault(from.reportId(), Map.of());
            for (Theme theme : themes) {
                if (theme.isOther()) {
                    continue;
                }
                ThemeShare before = previous.get(theme.id());
                ThemeShare after = current.get(theme.id());
                if (before == null && after == null) {
                    continue;
                }
                double pb = before == null ? 0 : prominence(before.sharePct(), from.sections());
                double pa = after == null ? 0 : prominence(after.sharePct(), to.sections());
                ChangeKind kind = kind(before == null ? null : pb, after == null ? null : pa);
                changes.add(new ThemeChange(theme.id(), from.reportId(), to.reportId(), kind,
                        before == null ? 0 : before.sharePct(), after == null ? 0 : after.sharePct(), pb, pa,
                        before == null ? 0 : before.sections(), after == null ? 0 : after.sections(),
                        covered.getOrDefault(theme.id(), 0), i + 1));
            }
        }
        return changes;
    }

    /** A theme's weight in an edition in average sections: share / (100 / sections). */
    public static double prominence(double sharePct, int sections) {
        return sections <= 0 ? 0 : sharePct * sections / 100.0;
    }

    static ChangeKind kind(Double before, Double after) {
        if (before == null) {
            return ChangeKind.NEW;
        }
        if (after == null) {
            return ChangeKind.DROPPED;
        }
        if (after >= before * MIN_RATIO && after - before >= MIN_SECTIONS) {
            return ChangeKind.STRENGTHENED;
        }
        if (before >= after * MIN_RATIO && before - after >= MIN_SECTIONS) {
            return ChangeKind.WEAKENED;
        }
        return ChangeKind.STEADY;
    }
}
