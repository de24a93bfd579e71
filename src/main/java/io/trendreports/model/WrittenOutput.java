package io.trendreports.model;

import java.util.Map;

/**
 * A file a writer produced, as listed in the run manifest.
 *
 * @param path     relative to the run folder, with forward slashes
 * @param kind     what the file is, e.g. {@code pdf-brief}, {@code xlsx}, {@code csv-sections}
 * @param records  how many records the file renders
 * @param counters writer-specific counts worth reporting (e.g. replaced characters)
 */
public record WrittenOutput(String path, String kind, long records, Map<String, Long> counters) {
    public WrittenOutput {
        counters = Map.copyOf(counters);
    }

    public WrittenOutput(String path, String kind, long records) {
        this(path, kind, records, Map.of());
    }
}
