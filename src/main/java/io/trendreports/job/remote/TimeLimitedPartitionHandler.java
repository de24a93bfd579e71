package io.trendreports.job.remote;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.partition.PartitionHandler;
import org.springframework.batch.core.partition.StepExecutionSplitter;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;

import io.trendreports.job.Durations;
import io.trendreports.job.Failures;

/**
 * Waits for remote partitions at most the configured time. When it runs out, the partitions not
 * finished yet are marked FAILED in the job repository before the step fails: the next run then
 * re-executes exactly those (Spring Batch restart: COMPLETED partitions are skipped), and a worker
 * that takes a request for one of them later skips it instead of racing the restarted partition.
 */
class TimeLimitedPartitionHandler implements PartitionHandler {

    private static final Logger log = LoggerFactory.getLogger("io.trendreports.job");

    private final PartitionHandler delegate;
    private final JobRepository jobRepository;
    private final String workerStep;
    private final Duration timeout;

    TimeLimitedPartitionHandler(PartitionHandler delegate, JobRepository jobRepository, String workerStep,
                                Duration timeout) {
        this.delegate = delegate;
        this.jobRepository = jobRepository;
        this.workerStep = workerStep;
        this.timeout = timeout;
    }

    @Override
    public Collection<StepExecution> handle(StepExecutionSplitter splitter, StepExecution managerStep)
            throws Exception {
        try {
            return delegate.handle(splitter, managerStep);
        } catch (TimeoutException e) {
            List<StepExecution> unfinished = failUnfinished(managerStep);
            throw new IllegalStateException(unfinished.size() + " partition(s) of step " + managerStep.getStepName()
                    + " not finished after " + Durations.format(timeout) + " (trend.remote.timeout): are workers"
                    + " running and connected to the queue? Run again to resume the unfinished partitions");
        }
    }

    private List<StepExecution> failUnfinished(StepExecution managerStep) {
        JobExecution job = jobRepository.getJobExecution(managerStep.getJobExecutionId());
        List<StepExecution> unfinished = job.getStepExecutions().stream()
                .filter(s -> s.getStepName().startsWith(workerStep + ":"))
                .filter(s -> s.getStatus().isRunning())
                .toList();
        for (StepExecution partition : unfinished) {
            log.warn("partition {} not finished in time ({}): marking it failed", partition.getStepName(),
                    partition.getStatus());
            partition.setStatus(BatchStatus.FAILED);
            partition.setEndTime(LocalDateTime.now());
            try {
                jobRepository.update(partition);
            } catch (RuntimeException e) {
                // a worker updated it meanwhile: it is alive and will end the partition itself
                log.warn("partition {} changed meanwhile: {}", partition.getStepName(), Failures.describe(e));
            }
        }
        return unfinished;
    }
}
