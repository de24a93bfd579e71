package io.trendreports.themes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the store keeps of a theme so that a later run can tell whether a new section fits it: the
 * mean of its members' vectors, heaviest features first, and how many members that mean is of.
 * As JSON for one text column:
 * <pre>{"v":1,"members":3,"weights":{"s:qubit":0.21,"n:ibm":0.08,"p:crypt":0.05}}</pre>
 * A feature name is its group tag ({@code s:} stem, {@code n:} name, {@code p:} prefix) and the
 * term. A section's mean similarity to the members is its dot product with the weights.
 */
public record ThemeSignature(int members, Map<String, Double> weights) {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    public static final ThemeSignature EMPTY = new ThemeSignature(0, Map.of());

    public ThemeSignature {
        weights = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(weights));
    }

    public String toJson() {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("v", 1);
        root.put("members", members);
        Map<String, Double> rounded = new LinkedHashMap<>();
        weights.forEach((k, w) -> rounded.put(k, Math.round(w * 1e5) / 1e5));
        root.put("weights", rounded);
        return JSON.writeValueAsString(root);
    }

    /** The signature stored as {@link #toJson()}; {@link #EMPTY} for a blank or unreadable one. */
    public static ThemeSignature parse(String json) {
        if (json == null || json.isBlank()) {
            return EMPTY;
        }
        try {
            JsonNode root = JSON.readTree(json);
            Map<String, Double> weights = new LinkedHashMap<>();
            JsonNode w = root.path("weights");
            for (Map.Entry<String, JsonNode> e : w.properties()) {
                weights.put(e.getKey(), e.getValue().asDouble());
            }
            return new ThemeSignature(root.path("members").asInt(0), weights);
        } catch (JacksonException e) {
            // a damaged signature only costs the theme its new members this run
            return EMPTY;
        }
    }

    /** The {@code count} heaviest of {@code mean}, by feature name. */
    static ThemeSignature of(SparseVector mean, int members, Vocabulary vocabulary, int count) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < mean.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingDouble((Integer i) -> -mean.values[i])
                .thenComparing(i -> vocabulary.name(mean.indices[i])));
        Map<String, Double> weights = new LinkedHashMap<>();
        for (int i : order.subList(0, Math.min(count, order.size()))) {
            weights.put(vocabulary.name(mean.indices[i]), (double) mean.values[i]);
        }
        return new ThemeSignature(members, weights);
    }

    /** The weights as a vector of this run's vocabulary. */
    SparseVector vector(Vocabulary vocabulary) {
        Map<Integer, Float> v = new java.util.HashMap<>();
        weights.forEach((name, w) -> v.put(vocabulary.indexOf(name), w.floatValue()));
        return SparseVector.of(v);
    }
}
