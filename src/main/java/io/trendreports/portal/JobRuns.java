package io.trendreports.portal;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

import io.trendreports.job.ExecutionTracker;
import io.trendreports.job.HistoryCommand;
import io.trendreports.job.RunCommand;
import io.trendreports.job.RunOutcome;

/**
 * The portal's only door into the job: the history query of {@code history}, the execution
 * tracker that knows the run in progress, and {@code run} itself.
 */
@Component
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class JobRuns implements RunHistory, RunTrigger {

    /** The identifying job parameter holding the run id (stored with every execution). */
    private static final String RUN_ID_PARAMETER = "run.id";

    private final HistoryCommand history;
    private final ExecutionTracker tracker;
    private final RunCommand runCommand;

    JobRuns(HistoryCommand history, ExecutionTracker tracker, RunCommand runCommand) {
        this.history = history;
        this.tracker = tracker;
        this.runCommand = runCommand;
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
        List<StepExecution> steps = new ArrayList<>(execution.getStepExecutions());
        steps.sort(Comparator.comparing(StepExecution::getStartTime,
                Comparator.nullsLast(Comparator.<LocalDateTime>naturalOrder())));
        List<StepProgress> progress = steps.stream().map(JobRuns::progress).toList();
        return Optional.of(new LiveRun(execution.getJobParameters().getString(RUN_ID_PARAMETER),
                execution.getStatus().name(), progress));
    }

    private static StepProgress progress(StepExecution step) {
        Map<String, Long> counters = new LinkedHashMap<>();
        // the steps keep their domain counts as numbers in the execution context
        for (Map.Entry<String, Object> e : step.getExecutionContext().entrySet()) {
            if (e.getValue() instanceof Long || e.getValue() instanceof Integer) {
                counters.put(e.getKey(), ((Number) e.getValue()).longValue());
            }
        }
        return new StepProgress(step.getStepName(), step.getStatus().name(), step.getReadCount(),
                step.getWriteCount(), counters);
    }

    @Override
    public Result runNow(boolean force) {
        RunOutcome outcome = runCommand.run(force);
        return new Result(outcome.kind().name(), outcome.runId(), outcome.message());
    }
}
