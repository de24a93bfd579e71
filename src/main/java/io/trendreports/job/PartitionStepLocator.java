package io.trendreports.job;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Collection;

import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.ListableStepLocator;

/**
 * Finds the step of a partition request by name, among the steps a partition can belong to: the
 * ingest's and those of the writers of one file per report.
 */
public class PartitionStepLocator implements ListableStepLocator {

    private final Map<String, Step> steps = new LinkedHashMap<>();

    PartitionStepLocator(Step ingestPartition, WriterSteps writers) {
        steps.put(ingestPartition.getName(), ingestPartition);
        writers.all().stream().filter(WriterSteps.WriterStep::perReport)
                .forEach(w -> steps.put(w.step().getName(), w.step()));
    }

    @Override
    public Collection<String> getStepNames() {
        return steps.keySet();
    }

    @Override
    public Step getStep(String stepName) {
        Step step = steps.get(stepName);
        if (step == null) {
            throw new IllegalArgumentException("no partitioned step named " + stepName + "; known: " + steps.keySet());
        }
        return step;
    }
}
