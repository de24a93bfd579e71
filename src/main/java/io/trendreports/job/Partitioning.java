package io.trendreports.job;

import org.springframework.batch.core.partition.PartitionHandler;
import org.springframework.batch.core.step.Step;

/**
 * Where the partitions of a partitioned step run: on threads of this process
 * ({@link LocalPartitioning}), or on worker processes in remote mode.
 */
public interface Partitioning {

    /**
     * @param partitionStep the step that executes one partition
     * @param localThreads  how many partitions run at once when they run in this process
     */
    PartitionHandler handler(Step partitionStep, int localThreads);
}
