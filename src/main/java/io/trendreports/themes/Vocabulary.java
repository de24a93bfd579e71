package io.trendreports.themes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Feature names to dense indices for one discovery run; stored signatures use the names. */
final class Vocabulary {

    private final Map<String, Integer> index = new HashMap<>();
    private final List<String> names = new ArrayList<>();

    int indexOf(String feature) {
        return index.computeIfAbsent(feature, f -> {
            names.add(f);
            return names.size() - 1;
        });
    }

    /** The index of a feature already seen, or -1. */
    int find(String feature) {
        Integer i = index.get(feature);
        return i == null ? -1 : i;
    }

    String name(int i) {
        return names.get(i);
    }

    int size() {
        return names.size();
    }
}
