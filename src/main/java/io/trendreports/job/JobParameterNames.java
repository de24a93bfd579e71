package io.trendreports.job;

/** Names of the job parameters, shared by the launcher and the step-scoped beans. */
final class JobParameterNames {

    /** Identifying: the day the run is for, in the configured time zone. */
    static final String RUN_DATE = "run.date";
    /** Identifying: SHA-256 over the names and hashes of every input file. */
    static final String INPUT_FINGERPRINT = "input.fingerprint";
    /** Identifying: the output folder, since each output folder has its own published runs. */
    static final String OUTPUT_DIR = "output.dir";
    /** Identifying, only with --force: makes a new instance for otherwise identical inputs. */
    static final String FORCE = "force";
    /** Not identifying: the run id; a restarted execution keeps the one of the execution it resumes. */
    static final String RUN_ID = "run.id";
    static final String INPUT_DIR = "input.dir";
    static final String STARTED_AT = "started.at";

    private JobParameterNames() {
    }
}
