package io.trendreports.launch;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;

import io.trendreports.job.Failures;
import io.trendreports.job.RunParameters;

/**
 * Turns SIGTERM (and Ctrl-C) into a Spring Batch stop: the execution is marked STOPPING, steps
 * end at their next chunk boundary, the execution ends STOPPED and the next {@code run} resumes
 * it. The JVM waits for that, up to a grace period, before it exits.
 */
final class GracefulStop extends Thread {

    private static final Logger log = LoggerFactory.getLogger("io.trendreports.run");

    private final JobOperator jobOperator;
    private final ExecutionTracker tracker;
    private final Duration grace;

    GracefulStop(JobOperator jobOperator, ExecutionTracker tracker, Duration grace) {
        super("trend-graceful-stop");
        this.jobOperator = jobOperator;
        this.tracker = tracker;
        this.grace = grace;
    }

    @Override
    public void run() {
        JobExecution execution = tracker.current();
        if (execution == null) {
            return;
        }
        log.warn("termination requested: stopping run {} at the next safe point (up to {}s)",
                RunParameters.of(execution.getJobParameters()).runId(), grace.toSeconds());
        try {
            jobOperator.stop(execution);
            if (!tracker.awaitEnd(grace)) {
                log.error("run did not stop within {}s; the next run will recover it", grace.toSeconds());
            }
        } catch (Exception e) {
            log.error("could not stop the run cleanly: {}", Failures.describe(e));
        }
    }

    void install() {
        Runtime.getRuntime().addShutdownHook(this);
    }

    void uninstall() {
        try {
            Runtime.getRuntime().removeShutdownHook(this);
        } catch (IllegalStateException e) {
            // already shutting down: the hook is running or has run
        }
    }
}
