/**
 * Discovered themes: sections of the reports of one topic grouped by the trend they are about,
 * each group with a readable label and an id that stays the same from run to run.
 *
 * <p>{@link io.trendreports.themes.ThemeDiscovery} is the entry point. Sections keep the theme a
 * previous run gave them; new sections join the existing theme they fit best, and only those that
 * fit none are clustered into new themes. How the method was chosen and how well it does is in
 * {@code docs/theme-discovery.md}. Pure Java: no Spring, no database; the caller stores what
 * {@link io.trendreports.themes.TopicThemes} returns.
 */
package io.trendreports.themes;
