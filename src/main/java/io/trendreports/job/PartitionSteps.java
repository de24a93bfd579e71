package io.trendreports.job;

import org.springframework.batch.core.step.StepExecution;

/** Tells the executions of single partitions from the steps a run is made of. */
public final class PartitionSteps {

    private PartitionSteps() {
    }

    /** Partition executions are named {@code <workerStep>:<partition>} by Spring Batch. */
    public static boolean isPartition(StepExecution step) {
        return step.getStepName().contains(":");
    }
}
