package io.trendreports.job;

import java.util.ArrayList;
import java.util.List;

import io.trendreports.model.OutputWriter;
import io.trendreports.settings.TrendProperties;

/** The steps a run is made of: the ingest, the history, the themes, one step per output of {@link Outputs}, the publish. */
final class JobSteps {

    private JobSteps() {
    }

    static List<String> expected() {
        List<String> steps = new ArrayList<>(List.of("ingest", "history", "themes"));
        Outputs.writers(TrendProperties.defaults()).stream().map(OutputWriter::name).forEach(steps::add);
        steps.add("publish");
        return steps;
    }
}
