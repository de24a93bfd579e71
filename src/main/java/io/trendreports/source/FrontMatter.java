package io.trendreports.source;

import java.util.Map;
import java.util.Optional;

/**
 * The YAML front matter of a report, reduced to the fields the pipeline uses.
 *
 * @param problem why the block could not be read; empty when it was fine or absent
 */
public record FrontMatter(Map<String, Object> values, String problem) {

    public static final FrontMatter NONE = new FrontMatter(Map.of(), "");

    public FrontMatter {
        values = Map.copyOf(values);
    }

    public Optional<String> text(String... keys) {
        for (String key : keys) {
            Object v = values.get(key);
            if (v != null && !v.toString().isBlank()) {
                return Optional.of(v.toString().strip());
            }
        }
        return Optional.empty();
    }
}
