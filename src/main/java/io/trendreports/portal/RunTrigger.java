package io.trendreports.portal;

import java.util.List;

/** Starts one run of the job as {@code run} would, under the same one-run-at-a-time guard. */
public interface RunTrigger {

    /** Runs to the end in the calling thread; {@code force} runs even if nothing changed. */
    Result runNow(boolean force);

    /**
     * @param outcome the run outcome's kind (COMPLETED, ALREADY_RUNNING, FAILED, ...)
     * @param steps   the steps as they ended, if the run started
     */
    record Result(String outcome, String runId, String message, List<RunHistory.StepProgress> steps) {

        public Result {
            steps = steps == null ? List.of() : List.copyOf(steps);
        }

        public boolean alreadyRunning() {
            return "ALREADY_RUNNING".equals(outcome);
        }
    }
}
