package io.trendreports.themes;

import java.util.Map;

/**
 * What analysts decided about the discovered themes of one topic ({@link ThemeOverridesFile}).
 *
 * @param renames theme id to the label to show instead
 * @param merges  theme id to the id it is merged into; its sections and later joiners go there
 * @param pins    section id ({@code reportId#position}) to the theme id it must have
 */
public record TopicOverrides(Map<String, String> renames, Map<String, String> merges, Map<String, String> pins) {

    public static final TopicOverrides NONE = new TopicOverrides(Map.of(), Map.of(), Map.of());

    public TopicOverrides {
        renames = Map.copyOf(renames);
        merges = Map.copyOf(merges);
        pins = Map.copyOf(pins);
    }

    public boolean isEmpty() {
        return renames.isEmpty() && merges.isEmpty() && pins.isEmpty();
    }
}
