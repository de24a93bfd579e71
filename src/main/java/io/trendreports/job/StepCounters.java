package io.trendreports.job;

import java.util.List;

import org.springframework.batch.core.step.StepExecution;

/**
 * Domain counts kept in a step's execution context, so they survive a restart and can be printed
 * in the step summary line.
 */
public final class StepCounters {

    public static final String PROCESSED = "processed";
    public static final String REJECTED = "rejected";
    public static final String REUSED = "reused";
    public static final String RECORDS = "records";
    public static final String FILES = "files";
    /** Every count, in the order the step summary prints them. */
    public static final List<String> ALL = List.of(PROCESSED, REUSED, REJECTED, RECORDS, FILES);

    private StepCounters() {
    }

    static void add(StepExecution step, String counter, long amount) {
        if (step == null) {
            return;
        }
        var context = step.getExecutionContext();
        context.putLong(counter, context.getLong(counter, 0L) + amount);
    }

    public static long get(StepExecution step, String counter) {
        return step.getExecutionContext().getLong(counter, 0L);
    }
}
