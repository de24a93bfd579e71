package io.trendreports.launch;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

import io.trendreports.job.PartitionSteps;
import io.trendreports.job.RunParameters;
import io.trendreports.job.StepCounters;
import io.trendreports.job.TrendJobConfiguration;
import io.trendreports.portal.RunHistory;
import io.trendreports.portal.RunTrigger;

/**
 * The portal's interfaces implemented over Spring Batch: the history query of {@code history},
 * the execution tracker that knows the run in progress, and {@code run} itself.
 */
@Component
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class PortalRuns implements RunHistory, RunTrigger {

    private final HistoryCommand history;
    private final ExecutionTracker tracker;
    private final RunCommand runCommand;
    private final JobRepository jobRepository;

    PortalRuns(HistoryCommand history, ExecutionTracker tracker, RunCommand runCommand, JobRepository jobRepository) {
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
        return Optional.of(new LiveRun(RunParameters.of(execution.getJobParameters()).runId(),
                execution.getStatus().name(), steps(execution)));
    }

    private static List<StepProgress> steps(JobExecution execution) {
        List<StepExecution> steps = new ArrayList<>(execution.getStepExecutions());
        // partitions are counted in their manager step (ingest, briefs)
        steps.removeIf(PartitionSteps::isPartition);
        steps.sort(Comparator.comparing(StepExecution::getStartTime,
                Comparator.nullsLast(Comparator.<LocalDateTime>naturalOrder())));
        return steps.stream().map(PortalRuns::progress).toList();
    }

    private static StepProgress progress(StepExecution step) {
        Map<String, Long> counters = new LinkedHashMap<>();
        for (String counter : StepCounters.ALL) {
            if (step.getExecutionContext().containsKey(counter)) {
                counters.put(counter, StepCounters.get(step, counter));
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
            if (last != null && runId.equals(RunParameters.of(last.getJobParameters()).runId())) {
                return steps(last);
            }
        }
        return List.of();
    }
}
