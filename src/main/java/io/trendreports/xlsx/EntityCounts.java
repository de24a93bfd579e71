package io.trendreports.xlsx;

import io.trendreports.model.ReportInfo;
import io.trendreports.model.TrendRecord;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Counts, per entity and report, the sections naming the entity (as {@code entities.csv} does),
 * while the records stream past. Memory grows with entities × reports, never with records: one
 * array of counts per entity, a slot per report (a map of boxed counts per entity took ten times
 * as much with thousands of reports).
 */
final class EntityCounts implements Consumer<TrendRecord> {

    /** An entity's sections per report, in the order of the reports given to the constructor. */
    record Entity(String name, String kind, int[] sections, int total) {
    }

    private final Map<String, Integer> slotOf = new HashMap<>();
    private final Map<String, int[]> byEntity = new LinkedHashMap<>();
    /** The first kind the recognizer gave each entity; "" until one is known. */
    private final Map<String, String> kindOf = new HashMap<>();
    private final Set<String> seenInRecord = new HashSet<>();

    /** @param reports the reports whose records will be counted; records of any other report are ignored */
    EntityCounts(List<ReportInfo> reports) {
        for (ReportInfo report : reports) {
            slotOf.putIfAbsent(report.reportId(), slotOf.size());
        }
    }

    @Override
    public void accept(TrendRecord record) {
        Integer slot = slotOf.get(record.reportId());
        if (slot == null) {
            return;
        }
        seenInRecord.clear();
        for (int i = 0; i < record.entities().size(); i++) {
            String entity = record.entities().get(i);
            if (entity == null || entity.isBlank()) {
                continue;
            }
            String name = entity.strip();
            if (seenInRecord.add(name)) {
                byEntity.computeIfAbsent(name, k -> new int[slotOf.size()])[slot]++;
            }
            String kind = record.entityKinds().get(i);
            if (!kind.isEmpty()) {
                kindOf.putIfAbsent(name, kind);
            }
        }
    }

    /** Every entity named at least once, with its counts and their sum. */
    List<Entity> entities() {
        List<Entity> entities = new ArrayList<>(byEntity.size());
        byEntity.forEach((name, sections) -> {
            int total = 0;
            for (int n : sections) {
                total += n;
            }
            entities.add(new Entity(name, kindOf.getOrDefault(name, ""), sections, total));
        });
        return entities;
    }

    /** For each of {@code reports}, its slot in {@link Entity#sections()}, or -1 when it was not counted. */
    int[] positions(List<ReportInfo> reports) {
        int[] positions = new int[reports.size()];
        for (int i = 0; i < positions.length; i++) {
            positions[i] = slotOf.getOrDefault(reports.get(i).reportId(), -1);
        }
        return positions;
    }
}
