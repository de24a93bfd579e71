package io.trendreports.themes;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The running means of a theme's member vectors, per member language, so that a section's mean
 * similarity to the members can count members in another language on the boosted scale
 * ({@link ThemeSettings#crossLanguageBoost()}) that pairs of sections use.
 */
final class Centroid {

    private final Map<String, Map<Integer, Double>> sums = new TreeMap<>();
    private final Map<String, Integer> counts = new TreeMap<>();
    private final Map<String, SparseVector> means = new HashMap<>();
    private SparseVector total = SparseVector.EMPTY;
    private int members;
    private boolean stale;

    void add(SparseVector v, String language) {
        add(v, language, 1);
    }

    /** Adds {@code weight} members whose mean is {@code v}. */
    void add(SparseVector v, String language, int weight) {
        Map<Integer, Double> sum = sums.computeIfAbsent(language, l -> new HashMap<>());
        for (int i = 0; i < v.size(); i++) {
            sum.merge(v.indices[i], v.values[i] * (double) weight, Double::sum);
        }
        counts.merge(language, weight, Integer::sum);
        members += weight;
        stale = true;
    }

    /** Starts from a stored signature: each language's weights stand for that many members. */
    void addSignature(ThemeSignature signature, Vocabulary vocabulary) {
        signature.weights().forEach((language, w) -> {
            int n = signature.members().getOrDefault(language, 0);
            if (n > 0 && !w.isEmpty()) {
                add(ThemeSignature.vector(w, vocabulary), language, n);
            }
        });
    }

    int members() {
        return members;
    }

    Map<String, Integer> counts() {
        return counts;
    }

    /** The mean over all members. */
    SparseVector mean() {
        refresh();
        return total;
    }

    /** The mean over the members in {@code language}. */
    SparseVector mean(String language) {
        refresh();
        return means.getOrDefault(language, SparseVector.EMPTY);
    }

    /** Mean similarity of {@code v}, a section in {@code language}, to the members. */
    double similarity(SparseVector v, String language, double crossLanguageBoost) {
        if (members == 0) {
            return 0;
        }
        refresh();
        int same = counts.getOrDefault(language, 0);
        double sameSum = same == 0 ? 0 : same * v.dot(means.get(language));
        double allSum = members * v.dot(total);
        return (sameSum + crossLanguageBoost * (allSum - sameSum)) / members;
    }

    private void refresh() {
        if (!stale) {
            return;
        }
        Map<Integer, Float> all = new HashMap<>();
        means.clear();
        sums.forEach((language, sum) -> {
            int n = counts.get(language);
            Map<Integer, Float> m = new HashMap<>();
            sum.forEach((i, s) -> {
                m.put(i, (float) (s / n));
                all.merge(i, (float) (s / members), Float::sum);
            });
            means.put(language, SparseVector.of(m));
        });
        total = SparseVector.of(all);
        stale = false;
    }
}
