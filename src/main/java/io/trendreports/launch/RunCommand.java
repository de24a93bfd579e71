package io.trendreports.launch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.launch.JobExecutionAlreadyRunningException;
import org.springframework.batch.core.launch.JobInstanceAlreadyCompleteException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Component;

import io.trendreports.job.Durations;
import io.trendreports.job.Failures;
import io.trendreports.job.InputListing;
import io.trendreports.job.PartitionSteps;
import io.trendreports.job.PublishTasklet;
import io.trendreports.job.RunParameters;
import io.trendreports.job.RunTimes;
import io.trendreports.model.InputFile;
import io.trendreports.notify.Notifications;
import io.trendreports.publish.Manifest;
import io.trendreports.publish.ManifestFactory;
import io.trendreports.publish.PublishedRuns;
import io.trendreports.publish.RunFolders;
import io.trendreports.settings.ConfigFingerprint;
import io.trendreports.settings.TrendProperties;
import io.trendreports.source.ReportFileScanner;
import io.trendreports.store.RecordStore;

/**
 * Runs the job once for the configured input and output folders, exactly once per change:
 * <ul>
 * <li>one run at a time ({@link RunLock}); a run left STARTED by a killed process is recovered;</li>
 * <li>a failed or stopped run with the same inputs and configuration is resumed under its run id
 * (Spring Batch restart: completed steps are skipped, ingest continues after its last chunk);</li>
 * <li>inputs and configuration equal to those of the published {@code latest} run: nothing to do;</li>
 * <li>otherwise a new job instance, identified by the input and configuration fingerprints, the
 * output folder and the run it follows.</li>
 * </ul>
 */
@Component
public class RunCommand {

    private static final Logger log = LoggerFactory.getLogger("io.trendreports.run");

    private final JobOperator jobOperator;
    private final JobRepository jobRepository;
    private final Job job;
    private final RecordStore store;
    private final DataSource dataSource;
    private final ExecutionTracker tracker;
    private final RunSummaryLog summaryLog;
    private final TrendProperties properties;
    private final InputListing inputListing;
    private final Clock clock;
    private final RunReports reports;
    private final Notifications notifications;

    public RunCommand(JobOperator jobOperator, JobRepository jobRepository, Job trendReportsJob, RecordStore store,
                      DataSource dataSource, ExecutionTracker tracker, RunSummaryLog summaryLog,
                      TrendProperties properties, InputListing inputListing, Clock clock, RunReports reports,
                      Notifications notifications) {
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
        this.job = trendReportsJob;
        this.store = store;
        this.dataSource = dataSource;
        this.tracker = tracker;
        this.summaryLog = summaryLog;
        this.properties = properties;
        this.inputListing = inputListing;
        this.clock = clock;
        this.reports = reports;
        this.notifications = notifications;
    }

    /** Runs, then tells who is to be told of a published or failed run (trend.notifications). */
    public RunOutcome run(boolean force) {
        JobExecution[] execution = new JobExecution[1];
        RunOutcome outcome = attempt(force, execution);
        if (outcome.worthTelling() && notifications.enabled()) {
            try {
                notifications.runEnded(reports.of(outcome, execution[0]));
            } catch (RuntimeException e) {
                log.warn("notify: nothing sent about run {}: {}", outcome.runId(), Failures.describe(e));
            }
        }
        return outcome;
    }

    /** @param execution receives the job execution, once there is one */
    private RunOutcome attempt(boolean force, JobExecution[] execution) {
        Path inputDir = properties.input();
        Path outputDir = properties.output();
        if (!Files.isDirectory(inputDir)) {
            return new RunOutcome(RunOutcome.Kind.INVALID_REQUEST, "", "input folder not found: " + inputDir);
        }
        try {
            Files.createDirectories(outputDir);
            if (!Files.isWritable(outputDir)) {
                return failed("", "output folder is not writable: " + outputDir);
            }
        } catch (IOException e) {
            return failed("", "cannot use output folder " + outputDir + ": " + Failures.describe(e));
        }
        Optional<RunLock> lock;
        try {
            lock = RunLock.tryAcquire(outputDir, dataSource);
        } catch (IOException | SQLException e) {
            return failed("", "cannot take the run lock: " + Failures.describe(e));
        }
        if (lock.isEmpty()) {
            return new RunOutcome(RunOutcome.Kind.ALREADY_RUNNING, "",
                    "another run is in progress (output " + outputDir + "); this one did nothing");
        }
        try (RunLock held = lock.get()) {
            return runLocked(force, inputDir, outputDir, execution);
        }
    }

    private RunOutcome runLocked(boolean force, Path inputDir, Path outputDir, JobExecution[] started) {
        Instant now = clock.instant();
        recoverAbandonedExecutions();
        List<Path> inputFiles;
        String inputFingerprint;
        String configFingerprint;
        try {
            inputFiles = new ReportFileScanner().scan(inputDir);
            inputFingerprint = InputFingerprint.of(inputFiles);
            configFingerprint = ConfigFingerprint.of(properties);
        } catch (IOException | RuntimeException e) {
            return failed("", "cannot read inputs: " + Failures.describe(e));
        }
        if (inputFiles.isEmpty()) {
            log.warn(ManifestFactory.emptyInputWarning(inputDir));
        }
        RunFolders folders = new RunFolders(outputDir);
        PublishedRuns published = new PublishedRuns(folders);

        RunParameters params;
        Optional<JobExecution> resumable = resumableExecution(inputFingerprint, configFingerprint, outputDir);
        if (resumable.isPresent()) {
            params = RunParameters.of(resumable.get().getJobParameters()).readingFrom(inputDir);
            log.info("resuming run {} ({} at {})", params.runId(), resumable.get().getStatus(),
                    resumable.get().getEndTime());
        } else {
            Optional<Manifest> latest = published.latest();
            if (!force && latest.isPresent() && inputFingerprint.equals(latest.get().inputFingerprint())
                    && configFingerprint.equals(latest.get().configFingerprint())) {
                String message = "inputs and configuration unchanged since run " + latest.get().runId()
                        + "; nothing to do (use --force to run again)";
                return new RunOutcome(RunOutcome.Kind.UP_TO_DATE, latest.get().runId(), message);
            }
            params = RunParameters.newRun(inputFingerprint, configFingerprint, outputDir,
                    published.latestRunId().orElse("-"), force, now, inputDir, properties.timeZone());
        }
        String runId = params.runId();
        inputListing.remember(runId, inputDir, inputFiles);
        cleanLeftovers(published, runId);

        log.info("run {}: input {}, output {}", runId, inputDir, outputDir);
        GracefulStop stopOnSignal = new GracefulStop(jobOperator, tracker, properties.shutdownGrace());
        stopOnSignal.install();
        JobExecution execution;
        try {
            execution = jobOperator.start(job, params.toJobParameters(now));
        } catch (JobExecutionAlreadyRunningException e) {
            return new RunOutcome(RunOutcome.Kind.ALREADY_RUNNING, runId, "run " + runId + " is already in progress");
        } catch (JobInstanceAlreadyCompleteException e) {
            return new RunOutcome(RunOutcome.Kind.UP_TO_DATE, runId, "run " + runId + " already completed");
        } catch (Exception e) {
            return failed(runId, HeapExhaustion.in(tracker.current())
                    .map(reason -> "run " + runId + " FAILED: " + reason + "; latest was not changed")
                    .orElseGet(() -> "cannot start run: " + Failures.describe(e)));
        } finally {
            tracker.ended();
            stopOnSignal.uninstall();
        }
        started[0] = execution;
        return summarize(execution, runId, now);
    }

    /**
     * Holding the run lock means no execution is really running: any execution still marked as
     * running was left behind by a killed process, and is marked FAILED so it can be resumed.
     */
    private void recoverAbandonedExecutions() {
        // the repository stores a run's instance and its first execution in two transactions: a
        // process killed between them leaves an instance that can neither start again nor resume
        for (JobInstance newest : jobRepository.getJobInstances(job.getName(), 0, 1)) {
            if (jobRepository.getJobExecutions(newest).isEmpty()) {
                log.warn("a run was interrupted before it started (process killed); removing its empty record");
                jobRepository.deleteJobInstance(newest);
            }
        }
        for (JobExecution stale : jobRepository.findRunningJobExecutions(job.getName())) {
            log.warn("run {} was interrupted (process killed while {}); marking it failed so it can resume",
                    RunParameters.of(stale.getJobParameters()).runId(), stale.getStatus());
            jobOperator.recover(stale);
        }
    }

    /** The newest execution, if it failed or stopped with the inputs and configuration we have now. */
    private Optional<JobExecution> resumableExecution(String inputFingerprint, String configFingerprint,
                                                      Path outputDir) {
        List<JobInstance> newest = jobRepository.getJobInstances(job.getName(), 0, 1);
        if (newest.isEmpty()) {
            return Optional.empty();
        }
        JobExecution last = jobRepository.getLastJobExecution(newest.get(0));
        if (last == null || !(last.getStatus() == BatchStatus.FAILED || last.getStatus() == BatchStatus.STOPPED)) {
            return Optional.empty();
        }
        boolean same = RunParameters.of(last.getJobParameters()).sameWork(inputFingerprint, configFingerprint,
                outputDir);
        return same ? Optional.of(last) : Optional.empty();
    }

    private void cleanLeftovers(PublishedRuns published, String runId) {
        try {
            List<String> removed = published.cleanWorkFolders(Set.of(runId));
            if (!removed.isEmpty()) {
                log.info("removed unfinished work of runs that will not resume: {}", String.join(", ", removed));
            }
        } catch (IOException e) {
            log.warn("could not remove leftovers of earlier runs: {}", Failures.describe(e));
        }
    }

    private RunOutcome summarize(JobExecution execution, String runId, Instant launchedAt) {
        Duration took = RunTimes.of(execution).duration()
                .orElseGet(() -> Duration.between(launchedAt, clock.instant()));
        List<InputFile> inputs = store.inputs(runId);
        summaryLog.log(execution, runId, took, inputs);
        if (execution.getStatus() == BatchStatus.STOPPED) {
            return new RunOutcome(RunOutcome.Kind.STOPPED, runId, "run " + runId + " stopped after "
                    + Durations.format(took) + "; run again to resume it; latest was not changed");
        }
        if (execution.getStatus() != BatchStatus.COMPLETED) {
            String reason = HeapExhaustion.in(execution).orElseGet(() -> firstCause(execution).map(Failures::describe)
                    .orElse(execution.getExitStatus().getExitDescription()));
            return failed(runId, "run " + runId + " " + execution.getStatus() + " after " + Durations.format(took)
                    + ": " + reason + "; latest was not changed");
        }
        long rejected = inputs.stream().filter(InputFile::isRejected).count();
        long records = inputs.stream().mapToLong(InputFile::sections).sum();
        String publishedDir = PublishTasklet.publishedDir(execution);
        String message = String.format("run %s COMPLETED in %s: %d inputs (%d processed, %d rejected), %d records,"
                        + " published to %s", runId, Durations.format(took), inputs.size(), inputs.size() - rejected,
                rejected, records, publishedDir);
        if (inputs.isEmpty()) {
            log.warn(message + " (an empty run: the input folder held nothing to read)");
            return new RunOutcome(RunOutcome.Kind.COMPLETED_EMPTY, runId, message);
        }
        log.info(message);
        return new RunOutcome(rejected > 0 ? RunOutcome.Kind.COMPLETED_WITH_REJECTIONS : RunOutcome.Kind.COMPLETED,
                runId, message);
    }

    /**
     * What made the run fail: a failed partition says why, where its manager step only says that
     * a partition failed.
     */
    private static Optional<Throwable> firstCause(JobExecution execution) {
        List<StepExecution> steps = new ArrayList<>(execution.getStepExecutions());
        steps.sort(Comparator.comparing((StepExecution s) -> !PartitionSteps.isPartition(s)));
        for (StepExecution step : steps) {
            if (!step.getFailureExceptions().isEmpty()) {
                return Optional.of(step.getFailureExceptions().get(0));
            }
        }
        return execution.getFailureExceptions().stream().findFirst();
    }

    private static RunOutcome failed(String runId, String message) {
        log.error(message);
        return new RunOutcome(RunOutcome.Kind.FAILED, runId, message);
    }
}
