package io.trendreports.job;

/** Names of the job parameters, shared by the launcher and the step-scoped beans. */
final class JobParameterNames {

    /** Identifying: SHA-256 over the names and hashes of every input file. */
    static final String INPUT_FINGERPRINT = "input.fingerprint";
    /** Identifying: SHA-256 over the knowledge files and output settings ({@link ConfigFingerprint}). */
    static final String CONFIG_FINGERPRINT = "config.fingerprint";
    /** Identifying: the output folder, since each output folder has its own published runs. */
    static final String OUTPUT_DIR = "output.dir";
    /**
     * Identifying: the run {@code latest} pointed at when this run started ("-" for none), so that
     * going back to earlier inputs after a change is a new run, not the old completed instance.
     */
    static final String BASE_RUN = "base.run";
    /** Identifying, only with --force: makes a new instance for otherwise identical inputs. */
    static final String FORCE = "force";
    /** Not identifying: the run id; a resumed execution keeps the one of the execution it resumes. */
    static final String RUN_ID = "run.id";
    static final String INPUT_DIR = "input.dir";
    static final String STARTED_AT = "started.at";
    /** Not identifying: the day the run is for, in the configured time zone. */
    static final String RUN_DATE = "run.date";

    private JobParameterNames() {
    }
}
