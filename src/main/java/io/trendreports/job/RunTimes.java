package io.trendreports.job;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Optional;

import org.springframework.batch.core.job.JobExecution;

/**
 * When one attempt at a run started and ended: the one pair of times that the log's "COMPLETED
 * in", the manifest, {@code history}, {@code status} and the portal all show. An attempt starts
 * when {@code run} begins it (for a new run, the time in its run id) and ends when it publishes
 * the run, or, when it never gets there, when its job execution ends.
 *
 * @param ended null while the attempt is still going
 */
public record RunTimes(Instant started, Instant ended) {

    private static final String PUBLISHED_AT = "published.at";

    public static RunTimes of(JobExecution execution) {
        Instant started = RunParameters.attemptStartedAt(execution.getJobParameters())
                .orElseGet(() -> instant(execution.getStartTime() != null ? execution.getStartTime()
                        : execution.getCreateTime()));
        String published = execution.getExecutionContext().getString(PUBLISHED_AT, "");
        Instant ended = !published.isEmpty() ? Instant.parse(published) : instant(execution.getEndTime());
        return new RunTimes(started, ended);
    }

    /** Records the moment the run was published, its end. */
    static void published(JobExecution execution, Instant at) {
        execution.getExecutionContext().putString(PUBLISHED_AT, at.toString());
    }

    /** From start to end; empty while the attempt is going or when it never started. */
    public Optional<Duration> duration() {
        return started == null || ended == null ? Optional.empty() : Optional.of(Duration.between(started, ended));
    }

    /** Spring Batch stamps executions with the local time of the JVM's zone. */
    private static Instant instant(LocalDateTime local) {
        return local == null ? null : local.atZone(ZoneId.systemDefault()).toInstant();
    }
}
