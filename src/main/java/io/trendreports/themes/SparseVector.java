package io.trendreports.themes;

import java.util.Arrays;
import java.util.Map;

/**
 * Feature weights by vocabulary index, indices ascending, so that a dot product is one merge pass:
 * comparing a section with every theme is the hot loop of assignment.
 */
final class SparseVector {

    static final SparseVector EMPTY = new SparseVector(new int[0], new float[0]);

    final int[] indices;
    final float[] values;

    SparseVector(int[] indices, float[] values) {
        this.indices = indices;
        this.values = values;
    }

    static SparseVector of(Map<Integer, Float> weights) {
        int[] idx = new int[weights.size()];
        int n = 0;
        for (int i : weights.keySet()) {
            idx[n++] = i;
        }
        Arrays.sort(idx);
        float[] val = new float[idx.length];
        for (int i = 0; i < idx.length; i++) {
            val[i] = weights.get(idx[i]);
        }
        return new SparseVector(idx, val);
    }

    int size() {
        return indices.length;
    }

    double dot(SparseVector other) {
        int[] a = indices;
        int[] b = other.indices;
        int i = 0;
        int j = 0;
        double sum = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                sum += values[i++] * (double) other.values[j++];
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return sum;
    }

    double norm() {
        double s = 0;
        for (float v : values) {
            s += v * (double) v;
        }
        return Math.sqrt(s);
    }

    SparseVector scaled(double factor) {
        float[] val = new float[values.length];
        for (int i = 0; i < val.length; i++) {
            val[i] = (float) (values[i] * factor);
        }
        return new SparseVector(indices, val);
    }
}
