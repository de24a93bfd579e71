package io.trendreports.xlsx;

import io.trendreports.model.TrendRecord;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Counts, per entity and report, the sections naming the entity (as {@code entities.csv} does),
 * while the records stream past. Memory grows with entities × reports, never with records.
 */
final class EntityCounts implements Consumer<TrendRecord> {

    private final Map<String, Map<String, Integer>> byEntity = new HashMap<>();

    @Override
    public void accept(TrendRecord record) {
        record.entities().stream()
                .filter(e -> e != null && !e.isBlank())
                .map(String::strip)
                .distinct()
                .forEach(e -> byEntity.computeIfAbsent(e, k -> new HashMap<>())
                        .merge(record.reportId(), 1, Integer::sum));
    }

    /** Entity → report id → sections naming it. */
    Map<String, Map<String, Integer>> byEntity() {
        return byEntity;
    }
}
