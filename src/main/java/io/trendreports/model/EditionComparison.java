package io.trendreports.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Derives how themes move between consecutive editions from their shares, so that every writer
 * tells the same story instead of computing its own.
 */
public final class EditionComparison {

    /** A share change smaller than this many percentage points counts as steady. */
    public static final double STEADY_BAND_PCT = 1.0;

    private EditionComparison() {
    }

    /**
     * Changes between consecutive editions of each series of reports on the same subject
     * ({@link EditionGroups}), series in order of their first report.
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

    /** Changes between each report and the one before it in {@code reports}, whatever their subject. */
    public static List<ThemeChange> consecutive(List<ReportInfo> reports, List<Theme> themes,
                                                List<ThemeShare> shares) {
        Map<String, Double> shareByKey = new HashMap<>();
        for (ThemeShare s : shares) {
            shareByKey.merge(key(s.themeId(), s.reportId()), s.sharePct(), Double::sum);
        }
        List<ThemeChange> changes = new ArrayList<>();
        for (int i = 1; i < reports.size(); i++) {
            String from = reports.get(i - 1).reportId();
            String to = reports.get(i).reportId();
            for (Theme theme : themes) {
                Double before = shareByKey.get(key(theme.id(), from));
                Double after = shareByKey.get(key(theme.id(), to));
                if (before == null && after == null) {
                    continue;
                }
                double b = before == null ? 0 : before;
                double a = after == null ? 0 : after;
                changes.add(new ThemeChange(theme.id(), from, to, kind(before, after), b, a));
            }
        }
        return changes;
    }

    static ChangeKind kind(Double before, Double after) {
        if (before == null) {
            return ChangeKind.NEW;
        }
        if (after == null) {
            return ChangeKind.DROPPED;
        }
        double delta = after - before;
        if (delta >= STEADY_BAND_PCT) {
            return ChangeKind.RISING;
        }
        if (delta <= -STEADY_BAND_PCT) {
            return ChangeKind.FALLING;
        }
        return ChangeKind.STEADY;
    }

    private static String key(String themeId, String reportId) {
        return themeId + '\u0000' + reportId;
    }
}
