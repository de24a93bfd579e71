package io.trendreports.normalize;

import io.trendreports.model.Theme;

/**
 * The theme chosen for a section.
 *
 * @param confidence in [0, 1]: for a theme, its share of the summed scores of all themes (1 when
 *                   no other theme matched at all, 0.5 when a runner-up scored as much); for
 *                   {@code other}, how far the best theme stayed below the threshold (1 when no
 *                   keyword matched at all)
 * @param rawScore   the best theme's score before thresholding, for diagnostics
 */
record ThemeMatch(Theme theme, double confidence, double rawScore) {
}
