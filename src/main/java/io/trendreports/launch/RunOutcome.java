package io.trendreports.launch;

import io.trendreports.cli.ExitCodes;

/** How a {@code run} ended, as the command line reports it. */
public record RunOutcome(Kind kind, String runId, String message) {

    /** The exit code {@code run} ends with after this outcome. */
    public int exitCode() {
        return switch (kind) {
            case COMPLETED, UP_TO_DATE -> ExitCodes.OK;
            case COMPLETED_WITH_REJECTIONS -> ExitCodes.COMPLETED_WITH_REJECTIONS;
            case COMPLETED_EMPTY -> ExitCodes.EMPTY_INPUT;
            case ALREADY_RUNNING -> ExitCodes.ALREADY_RUNNING;
            case INVALID_REQUEST -> ExitCodes.USAGE;
            case STOPPED -> ExitCodes.STOPPED;
            case FAILED -> ExitCodes.FAILED;
        };
    }

    /** Whether people are told about it: the run was published or it failed. */
    public boolean worthTelling() {
        return switch (kind) {
            case COMPLETED, COMPLETED_WITH_REJECTIONS, COMPLETED_EMPTY, FAILED -> true;
            default -> false;
        };
    }

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
