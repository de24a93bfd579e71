package io.trendreports.model;

import java.util.Locale;

/**
 * The movement of one theme from one edition ({@code fromReportId}) to the next of its topic.
 * A run of 100,000 reports has about a million of these, held while the writers run: the reason
 * is put into words when asked for rather than kept as a string per change.
 *
 * @param fromSharePct    share of the older edition's words, in percent (0 when absent)
 * @param toSharePct      share of the newer edition's words, in percent (0 when absent)
 * @param fromProminence  the theme's weight in the older edition in average sections (see
 *                        {@link EditionComparison#prominence}), 0 when absent
 * @param toProminence    the same in the newer edition
 * @param fromSections    the theme's sections in the older edition (0 when absent)
 * @param toSections      the same in the newer edition
 * @param coveredEditions editions of the topic up to the newer one that cover the theme
 * @param editions        editions of the topic up to the newer one
 */
public record ThemeChange(String themeId, String fromReportId, String toReportId, ChangeKind kind,
                          double fromSharePct, double toSharePct, double fromProminence, double toProminence,
                          int fromSections, int toSections, int coveredEditions, int editions) {

    public double deltaPct() {
        return toSharePct - fromSharePct;
    }

    /** Why the movement is called so, in words a reader can check. */
    public String reason() {
        String coverage = "covered in " + coveredEditions + " of " + editions + " editions";
        return switch (kind) {
            case NEW -> sections(toSections) + ", not in the previous edition"
                    + (coveredEditions > 1 ? "; " + coverage : "");
            case DROPPED -> coverage + ", not in this one";
            case STRENGTHENED, WEAKENED, STEADY -> fromSections + " \u2192 " + sections(toSections) + "; "
                    + weight(fromProminence) + " \u2192 " + weight(toProminence) + " an average section";
        };
    }

    private static String sections(int n) {
        return n + (n == 1 ? " section" : " sections");
    }

    private static String weight(double prominence) {
        return String.format(Locale.ROOT, "%.1f", prominence) + "\u00d7";
    }
}
