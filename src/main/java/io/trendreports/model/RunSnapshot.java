package io.trendreports.model;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Everything a writer may know about a run. Implementations stream records from the store, so
 * writers must not assume the whole corpus fits in memory: use {@link #forEachRecord} or
 * {@link #recordsOf} (one report at a time) rather than collecting every record.
 */
public interface RunSnapshot {

    RunInfo run();

    /** Processed reports, ordered by period (oldest first), then title. */
    List<ReportInfo> reports();

    /** Every file found in the input folder, processed or rejected, in file-name order. */
    List<InputFile> inputs();

    /** The taxonomy's themes in taxonomy order, {@code other} last. */
    List<Theme> themes();

    /** Records of one report in section order. */
    List<TrendRecord> recordsOf(String reportId);

    /** Every record, report by report in {@link #reports()} order, each in section order. */
    void forEachRecord(Consumer<TrendRecord> action);

    /** Theme shares of every report; a theme absent from a report has no entry. */
    List<ThemeShare> themeShares();

    /**
     * Movements of each theme between consecutive editions of the same series (reports on one
     * subject, see {@link EditionGroups}), series by series, each in edition order.
     */
    default List<ThemeChange> changes() {
        return EditionComparison.changes(reports(), themes(), themeShares());
    }

    /** The {@link #changes} into one report from the edition before it. */
    default List<ThemeChange> changesTo(String reportId) {
        return changes().stream().filter(c -> c.toReportId().equals(reportId)).toList();
    }

    /**
     * The entities and sectors that appear and disappear from one report to the other, when the
     * second is the edition right after the first in its series ({@link EditionGroups}); empty otherwise.
     */
    default Optional<EditionDiff> editionDiff(String fromReportId, String toReportId) {
        if (!EditionDiff.followingPairs(reports()).contains(EditionDiff.pairKey(fromReportId, toReportId))) {
            return Optional.empty();
        }
        return Optional.of(EditionDiff.between(recordsOf(fromReportId), recordsOf(toReportId)));
    }

    /** The run's reports topic by topic, each with the themes its editions cover. */
    default List<TopicSeries> topics() {
        return TopicSeries.of(reports(), themes(), themeShares());
    }

    default Optional<Theme> theme(String themeId) {
        return themes().stream().filter(t -> t.id().equals(themeId)).findFirst();
    }

    default String themeLabel(String themeId) {
        return theme(themeId).map(Theme::label).orElse(themeId);
    }

    default long recordCount() {
        return reports().stream().mapToLong(ReportInfo::sections).sum();
    }
}
