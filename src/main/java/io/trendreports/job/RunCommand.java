package io.trendreports.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobExecutionAlreadyRunningException;
import org.springframework.batch.core.launch.JobInstanceAlreadyCompleteException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

import io.trendreports.model.InputFile;
import io.trendreports.store.RecordStore;

/**
 * Runs the job once for the configured input and output folders. Identifying parameters are the
 * run date, a fingerprint of the inputs and the output folder, so a second run on the same day
 * with the same inputs is recognised and does nothing; a failed run with the same parameters is
 * resumed under its original run id.
 */
@Component
public class RunCommand {

    private static final Logger log = LoggerFactory.getLogger("io.trendreports.run");
    private static final DateTimeFormatter RUN_ID_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
            .withZone(ZoneOffset.UTC);

    private final JobOperator jobOperator;
    private final JobRepository jobRepository;
    private final Job job;
    private final RecordStore store;
    private final TrendProperties properties;
    private final Clock clock;

    public RunCommand(JobOperator jobOperator, JobRepository jobRepository, Job trendReportsJob, RecordStore store,
                      TrendProperties properties, Clock clock) {
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
        this.job = trendReportsJob;
        this.store = store;
        this.properties = properties;
        this.clock = clock;
    }

    public RunOutcome run(boolean force) {
        Path inputDir = properties.input().toAbsolutePath().normalize();
        Path outputDir = properties.output().toAbsolutePath().normalize();
        if (!Files.isDirectory(inputDir)) {
            return new RunOutcome(RunOutcome.Kind.INVALID_REQUEST, "", "input folder not found: " + inputDir);
        }
        Instant now = clock.instant();
        String fingerprint;
        try {
            Files.createDirectories(outputDir);
            fingerprint = InputFingerprint.of(inputDir);
        } catch (IOException e) {
            return failed("", "cannot prepare run: " + Failures.describe(e));
        }
        JobParameters identifying = new JobParametersBuilder()
                .addLocalDate(JobParameterNames.RUN_DATE, LocalDate.ofInstant(now, properties.timeZone()))
                .addString(JobParameterNames.INPUT_FINGERPRINT, fingerprint)
                .addString(JobParameterNames.OUTPUT_DIR, outputDir.toString())
                .toJobParameters();
        if (force) {
            identifying = new JobParametersBuilder(identifying)
                    .addLong(JobParameterNames.FORCE, now.toEpochMilli()).toJobParameters();
        }

        String runId = RUN_ID_TIME.format(now) + "-" + fingerprint.substring(0, 8);
        Instant startedAt = now;
        JobExecution previous = jobRepository.getLastJobExecution(job.getName(), identifying);
        if (previous != null) {
            String previousRunId = previous.getJobParameters().getString(JobParameterNames.RUN_ID);
            if (previous.getStatus() == BatchStatus.COMPLETED) {
                return new RunOutcome(RunOutcome.Kind.UP_TO_DATE, previousRunId,
                        "inputs unchanged since run " + previousRunId + " today; nothing to do (use --force to run again)");
            }
            if (previous.getStatus().isRunning()) {
                return new RunOutcome(RunOutcome.Kind.ALREADY_RUNNING, previousRunId,
                        "run " + previousRunId + " is already in progress for these inputs");
            }
            runId = previousRunId;
            startedAt = Instant.parse(previous.getJobParameters().getString(JobParameterNames.STARTED_AT));
            log.info("resuming run {} (previous attempt {})", runId, previous.getStatus());
        }
        JobParameters params = new JobParametersBuilder(identifying)
                .addString(JobParameterNames.RUN_ID, runId, false)
                .addString(JobParameterNames.STARTED_AT, startedAt.toString(), false)
                .addString(JobParameterNames.INPUT_DIR, inputDir.toString(), false)
                .toJobParameters();

        log.info("run {}: input {}, output {}", runId, inputDir, outputDir);
        JobExecution execution;
        try {
            execution = jobOperator.start(job, params);
        } catch (JobExecutionAlreadyRunningException e) {
            return new RunOutcome(RunOutcome.Kind.ALREADY_RUNNING, runId, "run " + runId + " is already in progress");
        } catch (JobInstanceAlreadyCompleteException e) {
            return new RunOutcome(RunOutcome.Kind.UP_TO_DATE, runId, "inputs unchanged; nothing to do");
        } catch (Exception e) {
            return failed(runId, "cannot start run: " + Failures.describe(e));
        }
        return summarize(execution, runId, now);
    }

    private RunOutcome summarize(JobExecution execution, String runId, Instant launchedAt) {
        Duration took = Duration.between(launchedAt, clock.instant());
        if (execution.getStatus() != BatchStatus.COMPLETED) {
            List<Throwable> failures = execution.getAllFailureExceptions();
            String reason = failures.isEmpty() ? execution.getExitStatus().getExitDescription()
                    : Failures.describe(failures.get(0));
            return failed(runId, "run " + runId + " " + execution.getStatus() + " after " + Durations.format(took)
                    + ": " + reason + "; latest was not changed");
        }
        List<InputFile> inputs = store.inputs(runId);
        long rejected = inputs.stream().filter(InputFile::isRejected).count();
        long records = inputs.stream().mapToLong(InputFile::sections).sum();
        String published = execution.getExecutionContext().getString(PublishTasklet.PUBLISHED_DIR, "");
        String message = String.format("run %s COMPLETED in %s: %d inputs (%d processed, %d rejected), %d records,"
                        + " published to %s", runId, Durations.format(took), inputs.size(), inputs.size() - rejected,
                rejected, records, published);
        log.info(message);
        return new RunOutcome(rejected > 0 ? RunOutcome.Kind.COMPLETED_WITH_REJECTIONS : RunOutcome.Kind.COMPLETED,
                runId, message);
    }

    private static RunOutcome failed(String runId, String message) {
        log.error(message);
        return new RunOutcome(RunOutcome.Kind.FAILED, runId, message);
    }
}
