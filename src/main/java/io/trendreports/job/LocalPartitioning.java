package io.trendreports.job;

import org.springframework.batch.core.partition.PartitionHandler;
import org.springframework.batch.core.partition.support.TaskExecutorPartitionHandler;
import org.springframework.batch.core.step.Step;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.stereotype.Component;

/**
 * The default: the partitions of a step run on threads of this process, one partition per
 * thread.
 */
@Component
@ConditionalOnProperty(name = "trend.remote.enabled", havingValue = "false", matchIfMissing = true)
public class LocalPartitioning implements Partitioning {

    @Override
    public PartitionHandler handler(Step partitionStep, int localThreads) {
        int threads = localThreads > 0 ? localThreads : Runtime.getRuntime().availableProcessors();
        SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor(threadPrefix(partitionStep.getName()));
        executor.setConcurrencyLimit(threads);
        TaskExecutorPartitionHandler handler = new TaskExecutorPartitionHandler();
        handler.setStep(partitionStep);
        handler.setGridSize(threads);
        handler.setTaskExecutor(executor);
        return handler;
    }

    /** {@code ingestPartition} runs on threads {@code ingest-1}, {@code ingest-2}, ... */
    private static String threadPrefix(String partitionStep) {
        return partitionStep.replace(TrendJobConfiguration.PARTITION_SUFFIX, "") + "-";
    }
}
