package io.trendreports.portal;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

import io.trendreports.job.PartitionSteps;
import io.trendreports.job.ExecutionTracker;
import io.trendreports.job.HistoryCommand;
import io.trendreports.job.RunCommand;
import io.trendreports.job.RunOutcome;
import io.trendreports.job.TrendJobConfiguration;

/**
 * The portal's only door into the job: the history query of {@code history}, the execution
 * tracker that knows the run in progress, and {@code run} itself.
 */
@Component
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class JobRuns implements RunHistory, RunTrigger {

    /** The identifying job parameter holding the run id (stored with every execution). */
    private static final String RUN_ID_PARAMETER = "run.id";
    /** The domain counts the steps keep in their execution context (job's StepCounters). */
    private static final Set<String> COUNTERS = Set.of("processed", "reused", "rejected", "records", "files");

    private final HistoryCommand history;
    private final ExecutionTracker tracker;
    private final RunCommand runCommand;
    private final JobRepository jobRepository;

    JobRuns(HistoryCommand history, ExecutionTracker tracker, RunCommand runCommand, JobRepository jobRepository) {
        this.history = history;
        this.tracker = tracker;
        this.runCommand = runCommand;
        this.jobRepository = jobRepository;
    }

    @Override
    public List<Attempt> recent(int limit) {
        return history.lines(limit).stream()
                .map(l -> new Attempt(l.runId(), l.started(), l.duration(), l.status().name(), l.processed(),
                        l.rejected()))
                .toList();
    }

    @Override
    public Optional<LiveRun> current() {
        JobExecution execution = tracker.current();
        if (execution == null) {
            return Optional.empty();
        }
        return Optional.of(new LiveRun(execution.getJobParameters().getString(RUN_ID_PARAMETER),
                execution.getStatus().name(), steps(execution)));
    }

    private static List<StepProgress> steps(JobExecution execution) {
        List<StepExecution> steps = new ArrayList<>(execution.getStepExecutions());
        // partitions are counted in their manager step (ingest, briefs)
        steps.removeIf(PartitionSteps::isPartition);
        steps.sort(Comparator.comparing(StepExecution::getStartTime,
                Comparator.nullsLast(Comparator.<LocalDateTime>naturalOrder())));
        return steps.stream().map(JobRuns::progress).toList();
    }

    private static StepProgress progress(StepExecution step) {
        Map<String, Long> counters = new LinkedHashMap<>();
        // the steps keep their domain counts as numbers in the execution context
        for (Map.Entry<String, Object> e : step.getExecutionContext().entrySet()) {
            if (COUNTERS.contains(e.getKey()) && e.getValue() instanceof Number) {
                counters.put(e.getKey(), ((Number) e.getValue()).longValue());
            }
        }
        return new StepProgress(step.getStepName(), step.getStatus().name(), step.getReadCount(),
                step.getWriteCount(), counters);
    }

    @Override
    public Result runNow(boolean force) {
        RunOutcome outcome = runCommand.run(force);
        return new Result(outcome.kind().name(), outcome.runId(), outcome.message(), finalSteps(outcome.runId()));
    }

    /** The steps of the run as stored when it ended (the tracker forgets the run at its end). */
    private List<StepProgress> finalSteps(String runId) {
        if (runId == null || runId.isEmpty()) {
            return List.of();
        }
        for (JobInstance instance : jobRepository.getJobInstances(TrendJobConfiguration.JOB_NAME, 0, 5)) {
            JobExecution last = jobRepository.getLastJobExecution(instance);
            if (last != null && runId.equals(last.getJobParameters().getString(RUN_ID_PARAMETER))) {
                return steps(last);
            }
        }
        return List.of();
    }
}
