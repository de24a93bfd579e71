package io.trendreports.launch;

/** How a {@code run} ended, as the command line reports it. */
public record RunOutcome(Kind kind, String runId, String message) {

    public enum Kind {
        /** Completed and every input accepted. */
        COMPLETED,
        /** Completed and published, but some inputs were rejected. */
        COMPLETED_WITH_REJECTIONS,
        /** Completed and published, but the input folder held nothing to read: an empty run. */
        COMPLETED_EMPTY,
        /** The same inputs were already published today; nothing was done. */
        UP_TO_DATE,
        /** Another run of the same job instance is in progress. */
        ALREADY_RUNNING,
        /** The command was given something unusable (e.g. a missing input folder). */
        INVALID_REQUEST,
        /** The run was stopped on request (SIGTERM); the next run resumes it. */
        STOPPED,
        /** The run failed; nothing new was published. */
        FAILED
    }
}
