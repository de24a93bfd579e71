package io.trendreports.store;

import java.util.Arrays;
import java.util.List;

/** Stores a short list of terms in one text column, one term per line. */
final class ListColumn {

    private ListColumn() {
    }

    static String join(List<String> values) {
        return String.join("\n", values.stream().map(v -> v.replace('\n', ' ').replace('\r', ' ')).toList());
    }

    static List<String> split(String column) {
        if (column == null || column.isEmpty()) {
            return List.of();
        }
        return Arrays.asList(column.split("\n"));
    }
}
