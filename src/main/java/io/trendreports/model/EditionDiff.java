package io.trendreports.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * What changed beyond themes between two consecutive editions of a topic: the organisations,
 * models and products named, and the sectors, that appear and disappear.
 *
 * @param newEntities  named in the newer edition, not in the older, in order of first mention
 * @param goneEntities named in the older edition, not in the newer
 */
public record EditionDiff(String fromReportId, String toReportId, List<String> newEntities,
                          List<String> goneEntities, List<String> newSectors, List<String> goneSectors) {

    public EditionDiff {
        newEntities = List.copyOf(newEntities);
        goneEntities = List.copyOf(goneEntities);
        newSectors = List.copyOf(newSectors);
        goneSectors = List.copyOf(goneSectors);
    }

    public boolean isEmpty() {
        return newEntities.isEmpty() && goneEntities.isEmpty() && newSectors.isEmpty() && goneSectors.isEmpty();
    }

    /** The differences between consecutive editions of each topic of the run. */
    public static List<EditionDiff> of(RunSnapshot run) {
        List<EditionDiff> diffs = new ArrayList<>();
        for (List<ReportInfo> series : EditionGroups.of(run.reports())) {
            List<TrendRecord> before = null;
            for (ReportInfo report : series) {
                List<TrendRecord> records = run.recordsOf(report.reportId());
                if (before != null) {
                    diffs.add(between(before, records));
                }
                before = records;
            }
        }
        return diffs;
    }

    /**
     * The {@link #pairKey keys} of every two reports that follow each other in a series of
     * editions ({@link EditionGroups}), the older first: the pairs a diff is worked out for.
     */
    public static Set<String> followingPairs(List<ReportInfo> reports) {
        Set<String> pairs = new HashSet<>();
        for (List<ReportInfo> series : EditionGroups.of(reports)) {
            for (int i = 1; i < series.size(); i++) {
                pairs.add(pairKey(series.get(i - 1).reportId(), series.get(i).reportId()));
            }
        }
        return pairs;
    }

    /** How {@link #followingPairs} names the pair of two reports. */
    public static String pairKey(String fromReportId, String toReportId) {
        return fromReportId + '\u0000' + toReportId;
    }

    /** The differences from one edition's records to the next edition's. */
    public static EditionDiff between(List<TrendRecord> older, List<TrendRecord> newer) {
        Set<String> oldEntities = names(older, TrendRecord::entities);
        Set<String> newEntities = names(newer, TrendRecord::entities);
        Set<String> oldSectors = names(older, TrendRecord::sectors);
        Set<String> newSectors = names(newer, TrendRecord::sectors);
        return new EditionDiff(older.get(0).reportId(), newer.get(0).reportId(), minus(newEntities, oldEntities),
                minus(oldEntities, newEntities), minus(newSectors, oldSectors), minus(oldSectors, newSectors));
    }

    private static Set<String> names(List<TrendRecord> records, Function<TrendRecord, List<String>> field) {
        Set<String> names = new LinkedHashSet<>();
        records.forEach(r -> names.addAll(field.apply(r)));
        return names;
    }

    private static List<String> minus(Set<String> a, Set<String> b) {
        return a.stream().filter(x -> !b.contains(x)).toList();
    }
}
