package io.trendreports.model;

/**
 * The movement of one theme from one edition ({@code fromReportId}) to the next of its topic.
 *
 * @param fromSharePct    share of the older edition's words, in percent (0 when absent)
 * @param toSharePct      share of the newer edition's words, in percent (0 when absent)
 * @param fromProminence  the theme's weight in the older edition in average sections (see
 *                        {@link EditionComparison#prominence}), 0 when absent
 * @param toProminence    the same in the newer edition
 * @param reason          why the movement is called so, in words a reader can check
 */
public record ThemeChange(String themeId, String fromReportId, String toReportId, ChangeKind kind,
                          double fromSharePct, double toSharePct, double fromProminence, double toProminence,
                          String reason) {

    public double deltaPct() {
        return toSharePct - fromSharePct;
    }
}
