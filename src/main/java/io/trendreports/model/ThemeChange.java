package io.trendreports.model;

/** The movement of one theme from one edition ({@code fromReportId}) to the next. */
public record ThemeChange(String themeId, String fromReportId, String toReportId, ChangeKind kind,
                          double fromSharePct, double toSharePct) {

    public double deltaPct() {
        return toSharePct - fromSharePct;
    }
}
