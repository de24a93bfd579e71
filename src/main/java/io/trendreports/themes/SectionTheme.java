package io.trendreports.themes;

/**
 * The theme one section got.
 *
 * @param similarity mean similarity to the theme's other members when it was placed (0 when kept
 *                   or pinned, or for the only member)
 */
public record SectionTheme(String sectionId, String themeId, double similarity, AssignmentKind kind) {
}
