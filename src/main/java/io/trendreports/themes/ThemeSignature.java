package io.trendreports.themes;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the store keeps of a theme so that a later run can tell whether a new section fits it: per
 * language of its members, how many there are and the mean of their vectors, heaviest features
 * first. As JSON for one text column:
 * <pre>{"v":1,"members":{"en":2,"fr":1},"weights":{"en":{"s:qubit":0.21,"n:ibm":0.08},"fr":{"p:crypt":0.05}}}</pre>
 * A feature name is its group tag ({@code s:} stem, {@code n:} name, {@code p:} prefix) and the
 * term; a language is an ISO 639-1 code, or empty when unknown.
 */
public record ThemeSignature(Map<String, Integer> members, Map<String, Map<String, Double>> weights) {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    public static final ThemeSignature EMPTY = new ThemeSignature(Map.of(), Map.of());

    public ThemeSignature {
        members = Collections.unmodifiableMap(new TreeMap<>(members));
        Map<String, Map<String, Double>> copy = new TreeMap<>();
        weights.forEach((l, w) -> copy.put(l, Collections.unmodifiableMap(new LinkedHashMap<>(w))));
        weights = Collections.unmodifiableMap(copy);
    }

    public int memberCount() {
        return members.values().stream().mapToInt(Integer::intValue).sum();
    }

    public String toJson() {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("v", 1);
        root.put("members", members);
        Map<String, Map<String, Double>> rounded = new TreeMap<>();
        weights.forEach((l, w) -> {
            Map<String, Double> r = new LinkedHashMap<>();
            w.forEach((k, x) -> r.put(k, Math.round(x * 1e5) / 1e5));
            rounded.put(l, r);
        });
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
            if (root.path("members").isNumber()) {
                return legacy(root);
            }
            Map<String, Integer> members = new TreeMap<>();
            for (Map.Entry<String, JsonNode> e : root.path("members").properties()) {
                members.put(e.getKey(), e.getValue().asInt(0));
            }
            Map<String, Map<String, Double>> weights = new TreeMap<>();
            for (Map.Entry<String, JsonNode> l : root.path("weights").properties()) {
                Map<String, Double> w = new LinkedHashMap<>();
                for (Map.Entry<String, JsonNode> e : l.getValue().properties()) {
                    w.put(e.getKey(), e.getValue().asDouble());
                }
                weights.put(l.getKey(), w);
            }
            return new ThemeSignature(members, weights);
        } catch (JacksonException e) {
            // a damaged signature only costs the theme its new members this run
            return EMPTY;
        }
    }

    /**
     * The first format, before members were counted per language: {@code "members": 3} and one
     * flat map of weights. Read as members of an unknown language.
     */
    private static ThemeSignature legacy(JsonNode root) {
        Map<String, Double> w = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : root.path("weights").properties()) {
            w.put(e.getKey(), e.getValue().asDouble());
        }
        int n = root.path("members").asInt(0);
        return n <= 0 || w.isEmpty() ? EMPTY : new ThemeSignature(Map.of("", n), Map.of("", w));
    }

    static ThemeSignature of(Centroid centroid, Vocabulary vocabulary, int count) {
        Map<String, Map<String, Double>> weights = new TreeMap<>();
        for (String language : centroid.counts().keySet()) {
            weights.put(language, heaviest(centroid.mean(language), vocabulary, count));
        }
        return new ThemeSignature(new HashMap<>(centroid.counts()), weights);
    }

    private static Map<String, Double> heaviest(SparseVector mean, Vocabulary vocabulary, int count) {
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
        return weights;
    }

    /** Stored weights as a vector of this run's vocabulary. */
    static SparseVector vector(Map<String, Double> weights, Vocabulary vocabulary) {
        Map<Integer, Float> v = new HashMap<>();
        weights.forEach((name, w) -> v.put(vocabulary.indexOf(name), w.floatValue()));
        return SparseVector.of(v);
    }
}
