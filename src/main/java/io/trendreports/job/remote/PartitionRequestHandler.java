package io.trendreports.job.remote;

import java.time.Duration;
import java.time.LocalDateTime;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.integration.partition.StepExecutionRequest;
import org.springframework.batch.integration.partition.StepExecutionRequestHandler;

import io.trendreports.job.Durations;
import io.trendreports.job.Failures;
import io.trendreports.job.RunParameters;

/**
 * Executes a partition request taken from the queue on a worker, through Spring Batch's
 * {@link StepExecutionRequestHandler}, after checking that the request is still wanted:
 * <ul>
 * <li>a partition still STARTING or STARTED is executed; STARTED means a worker died in it and
 * RabbitMQ delivered the request again (it is acknowledged only once the partition has ended), so
 * it resumes from its last committed chunk;</li>
 * <li>a partition that has ended (COMPLETED, or FAILED by the manager's timeout or by the
 * recovery of a killed run) is skipped: a later run restarts it under a new request;</li>
 * <li>a worker whose configuration differs from the run's (taxonomy, settings, version) fails
 * the partition rather than produce records unlike the other workers'.</li>
 * </ul>
 */
public class PartitionRequestHandler {

    private static final Logger log = LoggerFactory.getLogger("io.trendreports.worker");

    private final StepExecutionRequestHandler delegate;
    private final JobRepository jobRepository;
    private final String configFingerprint;

    public PartitionRequestHandler(StepExecutionRequestHandler delegate, JobRepository jobRepository,
                                   String configFingerprint) {
        this.delegate = delegate;
        this.jobRepository = jobRepository;
        this.configFingerprint = configFingerprint;
    }

    public void handle(StepExecutionRequest request) {
        StepExecution partition = jobRepository.getStepExecution(request.getStepExecutionId());
        if (partition == null) {
            log.warn("skipping request for partition {} (execution {}): not in the job repository",
                    request.getStepName(), request.getStepExecutionId());
            return;
        }
        RunParameters run = RunParameters.of(partition.getJobExecution().getJobParameters());
        String runId = run.runId();
        if (!partition.getStatus().isRunning() || !partition.getJobExecution().getStatus().isRunning()) {
            log.info("skipping partition {} of run {}: it is {} and its run {}", partition.getStepName(), runId,
                    partition.getStatus(), partition.getJobExecution().getStatus());
            return;
        }
        String expected = run.configFingerprint();
        if (expected != null && !expected.equals(configFingerprint)) {
            String reason = "this worker's configuration (config folder, trend.* settings or version) differs from"
                    + " the run's; workers must run the same version with the same configuration as the manager";
            log.error("partition {} of run {} FAILED: {}", partition.getStepName(), runId, reason);
            partition.setStatus(BatchStatus.FAILED);
            partition.setExitStatus(ExitStatus.FAILED.addExitDescription(reason));
            partition.setEndTime(LocalDateTime.now());
            jobRepository.update(partition);
            return;
        }
        boolean again = partition.getStatus() == BatchStatus.STARTED;
        log.info("partition {} of run {}: started{}", partition.getStepName(), runId,
                again ? " again (the worker running it stopped)" : "");
        long start = System.nanoTime();
        StepExecution result = delegate.handle(request);
        String failure = result.getFailureExceptions().isEmpty() ? ""
                : " - " + Failures.describe(result.getFailureExceptions().get(0));
        log.info("partition {} of run {}: {} in {}{}", partition.getStepName(), runId, result.getStatus(),
                Durations.format(Duration.ofNanos(System.nanoTime() - start)), failure);
    }
}
