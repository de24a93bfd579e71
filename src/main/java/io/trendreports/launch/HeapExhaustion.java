package io.trendreports.launch;

import java.util.Optional;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;

/**
 * Finds a step that ran out of Java heap. When it does, the embedded database closes with it and
 * every later error only says the database is closed; the operator needs to hear the cause and
 * what to do about it instead.
 */
final class HeapExhaustion {

    private HeapExhaustion() {
    }

    /** What to tell the operator, if a step of {@code execution} failed with an OutOfMemoryError. */
    static Optional<String> in(JobExecution execution) {
        if (execution == null) {
            return Optional.empty();
        }
        for (StepExecution step : execution.getStepExecutions()) {
            for (Throwable failure : step.getFailureExceptions()) {
                if (isOutOfMemory(failure)) {
                    return Optional.of(describe(step.getStepName(), Runtime.getRuntime().maxMemory()));
                }
            }
        }
        return Optional.empty();
    }

    static String describe(String stepName, long maxHeapBytes) {
        return "the Java heap (" + maxHeapBytes / (1024 * 1024) + " MB) ran out in step " + stepName
                + "; run again with a larger heap (JAVA_OPTS=-Xmx... for the start script, java -Xmx... -jar)"
                + " and the run resumes where it stopped";
    }

    static boolean isOutOfMemory(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof OutOfMemoryError) {
                return true;
            }
            for (Throwable suppressed : t.getSuppressed()) {
                if (suppressed instanceof OutOfMemoryError) {
                    return true;
                }
            }
        }
        return false;
    }
}
