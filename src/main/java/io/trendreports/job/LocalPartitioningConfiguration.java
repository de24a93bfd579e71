package io.trendreports.job;

import org.springframework.batch.core.partition.PartitionHandler;
import org.springframework.batch.core.partition.support.TaskExecutorPartitionHandler;
import org.springframework.batch.core.step.Step;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;

/**
 * The default: the partitions of the ingest and of the briefs run on threads of this process,
 * one partition per thread, as many threads as {@code trend.ingest-threads} and
 * {@code trend.pdf.threads} (one per processor by default).
 */
@Configuration
@ConditionalOnProperty(name = "trend.remote.enabled", havingValue = "false", matchIfMissing = true)
public class LocalPartitioningConfiguration {

    @Bean
    public PartitionHandler ingestPartitionHandler(Step ingestPartition, TrendProperties properties) {
        return onThreads(ingestPartition, properties.effectiveIngestThreads(), "ingest-");
    }

    @Bean
    public PartitionHandler briefsPartitionHandler(Step briefsPartition, TrendProperties properties) {
        int threads = properties.pdf().threads() > 0 ? properties.pdf().threads()
                : Runtime.getRuntime().availableProcessors();
        return onThreads(briefsPartition, threads, "briefs-");
    }

    private static PartitionHandler onThreads(Step step, int threads, String threadPrefix) {
        SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor(threadPrefix);
        executor.setConcurrencyLimit(threads);
        TaskExecutorPartitionHandler handler = new TaskExecutorPartitionHandler();
        handler.setStep(step);
        handler.setGridSize(threads);
        handler.setTaskExecutor(executor);
        return handler;
    }
}
