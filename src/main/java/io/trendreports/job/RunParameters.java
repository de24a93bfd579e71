package io.trendreports.job;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

import io.trendreports.model.RunInfo;
import io.trendreports.publish.RunFolders;
import io.trendreports.source.Sha256;

/**
 * The parameters of one run, the only place that knows their names in the job repository.
 * Identifying parameters decide the job instance (a run is redone only when one of them
 * changes); the others describe the execution.
 *
 * @param inputFingerprint identifying: SHA-256 over the names and contents of every input file
 * @param configFingerprint identifying: SHA-256 over the knowledge files and output settings
 * @param outputDir        identifying: each output folder has its own published runs
 * @param baseRun          identifying: the run {@code latest} pointed at when this run started
 *                         ("-" for none), so that going back to earlier inputs after a change is a
 *                         new run, not the old completed instance
 * @param forcedAt         identifying, only with --force (else 0): a new instance for identical inputs
 * @param runId            the run id; a resumed execution keeps the one of the execution it resumes
 * @param runDate          the day the run is for, in the configured time zone
 */
public record RunParameters(String inputFingerprint, String configFingerprint, Path outputDir, String baseRun,
                            long forcedAt, String runId, Instant startedAt, Path inputDir, LocalDate runDate) {

    private static final String INPUT_FINGERPRINT = "input.fingerprint";
    private static final String CONFIG_FINGERPRINT = "config.fingerprint";
    private static final String OUTPUT_DIR = "output.dir";
    private static final String BASE_RUN = "base.run";
    private static final String FORCE = "force";
    private static final String RUN_ID = "run.id";
    private static final String INPUT_DIR = "input.dir";
    private static final String STARTED_AT = "started.at";
    private static final String RUN_DATE = "run.date";
    private static final String ATTEMPT_STARTED_AT = "attempt.started.at";
    private static final DateTimeFormatter RUN_ID_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
            .withZone(ZoneOffset.UTC);

    /**
     * A new run started {@code now}; its id is the start time and the start of a digest of the
     * input and settings fingerprints, so that two runs in one second on the same inputs under
     * different settings do not share an id.
     */
    public static RunParameters newRun(String inputFingerprint, String configFingerprint, Path outputDir,
                                       String baseRun, boolean force, Instant now, Path inputDir, ZoneId zone) {
        return new RunParameters(inputFingerprint, configFingerprint, outputDir, baseRun,
                force ? now.toEpochMilli() : 0, RUN_ID_TIME.format(now) + "-"
                        + Sha256.ofParts(inputFingerprint, configFingerprint).substring(0, 8),
                now, inputDir, LocalDate.ofInstant(now, zone));
    }

    public static RunParameters of(JobParameters params) {
        Long forced = params.getLong(FORCE);
        String startedAt = params.getString(STARTED_AT);
        String inputDir = params.getString(INPUT_DIR);
        String outputDir = params.getString(OUTPUT_DIR);
        return new RunParameters(params.getString(INPUT_FINGERPRINT), params.getString(CONFIG_FINGERPRINT),
                outputDir == null ? null : Path.of(outputDir), params.getString(BASE_RUN),
                forced == null ? 0 : forced, params.getString(RUN_ID),
                startedAt == null ? null : Instant.parse(startedAt), inputDir == null ? null : Path.of(inputDir),
                params.getLocalDate(RUN_DATE));
    }

    /**
     * The parameters of one attempt at this run, begun at {@code attemptStartedAt}: a resumed run
     * keeps its identity and its {@link #startedAt}, and each attempt records its own start.
     */
    public JobParameters toJobParameters(Instant attemptStartedAt) {
        return new JobParametersBuilder(toJobParameters())
                .addString(ATTEMPT_STARTED_AT, attemptStartedAt.toString(), false)
                .toJobParameters();
    }

    /** When the attempt with these parameters began; empty for executions recorded without it. */
    public static Optional<Instant> attemptStartedAt(JobParameters params) {
        String at = params.getString(ATTEMPT_STARTED_AT);
        return at == null ? Optional.empty() : Optional.of(Instant.parse(at));
    }

    public JobParameters toJobParameters() {
        JobParametersBuilder builder = new JobParametersBuilder()
                .addString(INPUT_FINGERPRINT, inputFingerprint)
                .addString(CONFIG_FINGERPRINT, configFingerprint)
                .addString(OUTPUT_DIR, outputDir.toString())
                .addString(BASE_RUN, baseRun);
        if (forcedAt != 0) {
            builder.addLong(FORCE, forcedAt);
        }
        builder.addString(RUN_ID, runId, false)
                .addString(STARTED_AT, startedAt.toString(), false)
                .addString(INPUT_DIR, inputDir.toString(), false);
        if (runDate != null) {
            builder.addLocalDate(RUN_DATE, runDate, false);
        }
        return builder.toJobParameters();
    }

    /** The same run, resumed from another input folder path holding the same files. */
    public RunParameters readingFrom(Path folder) {
        return new RunParameters(inputFingerprint, configFingerprint, outputDir, baseRun, forcedAt, runId, startedAt,
                folder, runDate);
    }

    /** Whether a run with these parameters would read the same inputs with the same configuration. */
    public boolean sameWork(String inputs, String config, Path output) {
        return inputs.equals(inputFingerprint) && config.equals(configFingerprint)
                && outputDir != null && output.equals(outputDir);
    }

    public RunInfo runInfo() {
        return new RunInfo(runId, startedAt);
    }

    public RunFolders folders() {
        return new RunFolders(outputDir);
    }

    public Path workDir() {
        return folders().work(runId);
    }
}
