package io.trendreports.themes;

import java.util.List;

/**
 * A theme of the topic after a run, for the store to keep.
 *
 * @param signature  {@link ThemeSignature#toJson()}, to store beside id and label
 * @param sectionIds the members among this run's sections, in input order
 * @param isNew      founded in this run: "new theme" in the outputs means a new trend
 */
public record DiscoveredTheme(String id, String label, String signature, List<String> sectionIds, boolean isNew) {

    public DiscoveredTheme {
        sectionIds = List.copyOf(sectionIds);
    }
}
