package io.trendreports.job;

import org.springframework.batch.core.step.StepExecution;

/**
 * Domain counts kept in a step's execution context, so they survive a restart and can be printed
 * in the step summary line.
 */
final class StepCounters {

    static final String PROCESSED = "processed";
    static final String REJECTED = "rejected";
    static final String REUSED = "reused";
    static final String RECORDS = "records";
    static final String FILES = "files";

    private StepCounters() {
    }

    static void add(StepExecution step, String counter, long amount) {
        if (step == null) {
            return;
        }
        var context = step.getExecutionContext();
        context.putLong(counter, context.getLong(counter, 0L) + amount);
    }

    static long get(StepExecution step, String counter) {
        return step.getExecutionContext().getLong(counter, 0L);
    }
}
