package io.trendreports.portal;

/** Starts one run of the job as {@code run} would, under the same one-run-at-a-time guard. */
public interface RunTrigger {

    /** Runs to the end in the calling thread; {@code force} runs even if nothing changed. */
    Result runNow(boolean force);

    /** @param outcome the run outcome's kind (COMPLETED, ALREADY_RUNNING, FAILED, ...) */
    record Result(String outcome, String runId, String message) {

        public boolean alreadyRunning() {
            return "ALREADY_RUNNING".equals(outcome);
        }
    }
}
