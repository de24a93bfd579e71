package io.trendreports.job;

import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;

/** Logs one line per finished step: status, duration and the step's counts. */
public class StepSummaryListener implements StepExecutionListener {

    private static final Logger log = LoggerFactory.getLogger("io.trendreports.job");

    @Override
    public ExitStatus afterStep(StepExecution step) {
        List<String> counts = new ArrayList<>();
        if (step.getReadCount() > 0) {
            counts.add(step.getReadCount() + " files read");
        }
        for (String counter : StepCounters.ALL) {
            if (step.getExecutionContext().containsKey(counter)) {
                counts.add(StepCounters.get(step, counter) + " " + counter);
            }
        }
        String failure = step.getFailureExceptions().isEmpty() ? ""
                : " - " + Failures.describe(step.getFailureExceptions().get(0));
        log.info("step {}: {} in {}{}{}", step.getStepName(), step.getStatus(),
                Durations.format(Durations.between(step.getStartTime(), step.getEndTime())),
                counts.isEmpty() ? "" : ", " + String.join(", ", counts), failure);
        return step.getExitStatus();
    }
}
