package io.trendreports.themes;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * TF-IDF vectors of the sections of one topic: {@code (1 + ln tf) x ln((N + 1) / (df + 1))}, each
 * feature group normalised to unit length and weighed, the sum normalised again. Document
 * frequencies come from the topic's sections alone, so a word every report of the topic uses
 * ("quantum" in quantum computing) weighs nothing there while it would matter in another topic.
 */
final class SectionVectors {

    private final Vocabulary vocabulary;
    private final List<SparseVector> vectors;

    private SectionVectors(Vocabulary vocabulary, List<SparseVector> vectors) {
        this.vocabulary = vocabulary;
        this.vectors = vectors;
    }

    static SectionVectors build(List<Map<String, Float>> counts, ThemeSettings settings) {
        Vocabulary vocabulary = new Vocabulary();
        Map<String, Integer> df = new HashMap<>();
        for (Map<String, Float> c : counts) {
            c.keySet().forEach(f -> df.merge(f, 1, Integer::sum));
        }
        double n = counts.size();
        List<SparseVector> vectors = new ArrayList<>(counts.size());
        for (Map<String, Float> c : counts) {
            Map<FeatureGroup, Map<Integer, Float>> groups = new EnumMap<>(FeatureGroup.class);
            for (Map.Entry<String, Float> e : c.entrySet()) {
                double idf = Math.log((n + 1) / (df.get(e.getKey()) + 1));
                if (idf <= 0) {
                    continue;
                }
                double w = (1 + Math.log(Math.max(1, e.getValue()))) * idf;
                groups.computeIfAbsent(FeatureGroup.of(e.getKey()), g -> new HashMap<>())
                        .put(vocabulary.indexOf(e.getKey()), (float) w);
            }
            vectors.add(combine(groups, settings));
        }
        return new SectionVectors(vocabulary, vectors);
    }

    private static SparseVector combine(Map<FeatureGroup, Map<Integer, Float>> groups, ThemeSettings settings) {
        Map<Integer, Float> all = new HashMap<>();
        for (Map.Entry<FeatureGroup, Map<Integer, Float>> g : groups.entrySet()) {
            double weight = settings.weight(g.getKey());
            if (weight <= 0) {
                continue;
            }
            double norm = 0;
            for (float v : g.getValue().values()) {
                norm += v * (double) v;
            }
            double scale = weight / Math.sqrt(norm);
            g.getValue().forEach((i, v) -> all.put(i, (float) (v * scale)));
        }
        SparseVector v = SparseVector.of(all);
        double norm = v.norm();
        return norm == 0 ? v : v.scaled(1 / norm);
    }

    Vocabulary vocabulary() {
        return vocabulary;
    }

    SparseVector get(int section) {
        return vectors.get(section);
    }

    int size() {
        return vectors.size();
    }
}
