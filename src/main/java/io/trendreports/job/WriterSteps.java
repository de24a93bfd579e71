package io.trendreports.job;

import java.util.List;

import org.springframework.batch.core.step.Step;

/**
 * The step of each output writer, in the order of the writer list: the whole step for a writer
 * of the whole run, the partition step for a writer of one file per report.
 */
public record WriterSteps(List<WriterStep> all) {

    public WriterSteps {
        all = List.copyOf(all);
    }

    /** @param step the step that runs the writer: once, or once per partition when {@code perReport} */
    public record WriterStep(String name, boolean perReport, Step step) {
    }
}
