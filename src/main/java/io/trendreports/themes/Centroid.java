package io.trendreports.themes;

import java.util.HashMap;
import java.util.Map;

/** The running mean of a theme's member vectors. */
final class Centroid {

    private final Map<Integer, Double> sum = new HashMap<>();
    private int members;
    private SparseVector mean = SparseVector.EMPTY;
    private boolean stale;

    void add(SparseVector v) {
        for (int i = 0; i < v.size(); i++) {
            sum.merge(v.indices[i], (double) v.values[i], Double::sum);
        }
        members++;
        stale = true;
    }

    /** Starts from a stored signature: its weights stand for {@code signature.members()} members. */
    void addSignature(ThemeSignature signature, Vocabulary vocabulary) {
        SparseVector v = signature.vector(vocabulary);
        int n = Math.max(1, signature.members());
        for (int i = 0; i < v.size(); i++) {
            sum.merge(v.indices[i], v.values[i] * (double) n, Double::sum);
        }
        members += n;
        stale = true;
    }

    int members() {
        return members;
    }

    SparseVector mean() {
        if (stale) {
            Map<Integer, Float> m = new HashMap<>();
            sum.forEach((i, s) -> m.put(i, (float) (s / members)));
            mean = SparseVector.of(m);
            stale = false;
        }
        return mean;
    }
}
