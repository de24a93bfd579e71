package io.trendreports.themes;

import java.util.List;

/**
 * A theme of the topic after a run, for the store to keep.
 *
 * @param label      what outputs show: an analyst's rename, else the discovered label
 * @param discoveredLabel the label discovery gave it, which the store keeps (as {@link
 *                   KnownTheme#label()}), so that taking a rename out of the file brings it back
 * @param signature  {@link ThemeSignature#toJson()}, to store beside id and label
 * @param sectionIds the members among this run's sections, in input order
 * @param isNew      founded in this run: "new theme" in the outputs means a new trend
 */
public record DiscoveredTheme(String id, String label, String discoveredLabel, String signature, List<String> sectionIds, boolean isNew) {

    public DiscoveredTheme {
        sectionIds = List.copyOf(sectionIds);
    }
}
