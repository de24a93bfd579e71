package io.trendreports.portal;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What the portal reads from the job repository: past executions and the run in progress. */
public interface RunHistory {

    /** Executions, newest first (a resumed run has one per attempt under the same run id). */
    List<Attempt> recent(int limit);

    /** The run executing in this process, if any. */
    Optional<LiveRun> current();

    /** One execution as the job repository recorded it (times in UTC, already formatted). */
    record Attempt(String runId, String started, String duration, String status, String processed,
                   String rejected) {
    }

    record LiveRun(String runId, String status, List<StepProgress> steps) {
    }

    /** @param counters domain counts of the step so far (files, records, processed, rejected, ...) */
    record StepProgress(String name, String status, long read, long written, Map<String, Long> counters) {
    }
}
