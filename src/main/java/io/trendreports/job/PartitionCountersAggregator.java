package io.trendreports.job;

import java.util.Collection;
import java.util.List;

import org.springframework.batch.core.partition.StepExecutionAggregator;
import org.springframework.batch.core.partition.support.DefaultStepExecutionAggregator;
import org.springframework.batch.core.step.StepExecution;

/**
 * Adds up the partitions of a step into the manager step: Spring Batch's read, write and skip
 * counts and status, plus this job's domain counts ({@link StepCounters}), so the step summary
 * and the run-summary line show one step with the totals, as without partitions.
 */
class PartitionCountersAggregator implements StepExecutionAggregator {

    private final DefaultStepExecutionAggregator standard = new DefaultStepExecutionAggregator();

    @Override
    public void aggregate(StepExecution result, Collection<StepExecution> executions) {
        standard.aggregate(result, executions);
        for (String counter : StepCounters.ALL) {
            long sum = 0;
            boolean any = false;
            for (StepExecution partition : executions) {
                if (partition.getExecutionContext().containsKey(counter)) {
                    sum += partition.getExecutionContext().getLong(counter);
                    any = true;
                }
            }
            if (any) {
                StepCounters.add(result, counter, sum);
            }
        }
    }
}
