package io.trendreports.pdf;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.trendreports.model.TrendRecord;

/**
 * A section's entities grouped by kind, "OpenAI, Google (organisations); GPT-5, PaLM 3 (models,
 * products or laws)": the kind is said once per group rather than after every name, so the line stays as
 * short as a plain list. Groups follow the order of their first name; names of no known kind come
 * without a bracket.
 */
final class EntityKinds {

    private EntityKinds() {
    }

    static String grouped(List<String> entities, List<String> kinds) {
        Map<String, List<String>> byKind = new LinkedHashMap<>();
        for (int i = 0; i < entities.size(); i++) {
            String name = entities.get(i);
            if (name == null || name.isBlank()) {
                continue;
            }
            String kind = i < kinds.size() && kinds.get(i) != null ? kinds.get(i) : "";
            List<String> names = byKind.computeIfAbsent(kind, k -> new ArrayList<>());
            if (!names.contains(name)) {
                names.add(name);
            }
        }
        List<String> groups = new ArrayList<>();
        byKind.forEach((kind, names) -> {
            String label = label(kind, names.size());
            groups.add(String.join(", ", names) + (label.isEmpty() ? "" : " (" + label + ")"));
        });
        return String.join("; ", groups);
    }

    /** The kind as a reader says it, singular or plural. */
    static String label(String kind, int count) {
        boolean one = count == 1;
        return switch (kind) {
            case TrendRecord.ORGANIZATION -> one ? "organisation" : "organisations";
            case TrendRecord.PERSON -> one ? "person" : "people";
            case TrendRecord.PLACE -> one ? "place" : "places";
            case TrendRecord.PRODUCT -> one ? "model, product or law" : "models, products or laws";
            default -> "";
        };
    }
}
