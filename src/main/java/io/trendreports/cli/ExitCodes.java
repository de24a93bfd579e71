package io.trendreports.cli;

/** Process exit codes: part of the contract with schedulers and scripts (docs/manual.md, "Exit codes"). */
public final class ExitCodes {

    /** The run completed and every input was accepted (or nothing had changed). */
    public static final int OK = 0;
    /** The run failed; nothing new was published and {@code latest} is unchanged. */
    public static final int FAILED = 1;
    /** Bad command line or missing input folder; nothing was run. */
    public static final int USAGE = 2;
    /** The run completed and was published, but some inputs were rejected (see the manifest). */
    public static final int COMPLETED_WITH_REJECTIONS = 3;
    /** Another run on the same output folder or database is in progress; this one did nothing. */
    public static final int ALREADY_RUNNING = 4;
    /** The run was stopped on request (SIGTERM); the next run resumes it. */
    public static final int STOPPED = 5;
    /** The run completed and was published, but the input folder held no source reports: an empty run. */
    public static final int EMPTY_INPUT = 6;
    /** {@code status}, {@code history}: the output folder does not exist (a wrong path?); nothing was created. */
    public static final int NO_OUTPUT_FOLDER = 7;
    /** {@code status}: no run has finished in this output folder yet (none has started, or the first is going). */
    public static final int NO_FINISHED_RUN = 8;

    private ExitCodes() {
    }
}
