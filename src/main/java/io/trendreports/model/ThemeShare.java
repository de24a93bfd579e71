package io.trendreports.model;

/**
 * How much of one report a theme covers.
 *
 * @param sharePct percentage (0-100) of the report's section words in sections of this theme
 */
public record ThemeShare(String themeId, String reportId, double sharePct, int sections) {
}
