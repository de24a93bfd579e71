package io.trendreports.model;

import java.util.List;

/**
 * What one call of a writer writes: the whole run, or, for a writer that makes one file per
 * report, some of the run's reports. Either way the writer may read the whole run (a brief
 * compares its report with the other editions).
 *
 * @param reports the reports to write, in {@link RunSnapshot#reports()} order
 */
public record RunSlice(RunSnapshot run, List<ReportInfo> reports) {

    public RunSlice {
        reports = List.copyOf(reports);
    }

    public static RunSlice whole(RunSnapshot run) {
        return new RunSlice(run, run.reports());
    }

    /**
     * Reports {@code from} (inclusive) to {@code to} (exclusive) of those the run read from its
     * input folder, clamped to their number: an edition remembered from an earlier run has its
     * files in that run already, and is only compared with.
     */
    public static RunSlice range(RunSnapshot run, int from, int to) {
        List<ReportInfo> all = run.reports().stream().filter(r -> !r.remembered()).toList();
        int start = Math.min(Math.max(0, from), all.size());
        return new RunSlice(run, all.subList(start, Math.max(start, Math.min(to, all.size()))));
    }
}
