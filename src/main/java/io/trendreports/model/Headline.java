package io.trendreports.model;

/**
 * One line of a report's headlines: a trend in a few words (its section title) and the most
 * specific thing the section says about it.
 *
 * @param fact     a metric, the entities named, the sectors or the section's own key terms, in
 *                 that order of preference; empty when the section carries none of them
 * @param newTheme the section's theme is not in the previous edition of the report's topic
 */
public record Headline(int sectionNo, String sectionTitle, String themeId, String themeLabel, String fact,
                       boolean newTheme) {

    /** "5. Energy Efficiency Improvements", as the brief numbers its sections. */
    public String numberedTitle() {
        return sectionNo + ". " + sectionTitle;
    }
}
