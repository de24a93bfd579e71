package io.trendreports.launch;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.stereotype.Component;

import io.trendreports.job.Failures;
import io.trendreports.job.PublishTasklet;
import io.trendreports.job.RunParameters;
import io.trendreports.job.RunThemes;
import io.trendreports.job.RunTimes;
import io.trendreports.model.RunInfo;
import io.trendreports.model.RunSnapshot;
import io.trendreports.notify.ChangeSummary;
import io.trendreports.notify.RunReport;
import io.trendreports.publish.Manifest;
import io.trendreports.publish.RunFolders;
import io.trendreports.store.RecordStore;
import tools.jackson.databind.json.JsonMapper;

/**
 * Puts together what the notifications tell about an ended run: its outcome and times, the
 * totals and folder from the published manifest, and what changed since the run before.
 */
@Component
class RunReports {

    private static final Logger log = LoggerFactory.getLogger("io.trendreports.notify");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final RecordStore store;
    private final RunThemes themes;

    RunReports(RecordStore store, RunThemes themes) {
        this.store = store;
        this.themes = themes;
    }

    /** @param execution the run's job execution; null when it failed before the job started */
    RunReport of(RunOutcome outcome, JobExecution execution) {
        RunReport.Totals none = new RunReport.Totals(0, 0, 0, 0);
        if (execution == null) {
            return new RunReport(outcome.runId(), outcome.kind().name(), outcome.exitCode(), outcome.message(), null,
                    null, none, null, List.of());
        }
        RunTimes times = RunTimes.of(execution);
        String published = PublishTasklet.publishedDir(execution);
        Optional<Manifest> manifest = published.isEmpty() ? Optional.empty()
                : manifest(Path.of(published).resolve("manifest.json"));
        if (manifest.isEmpty()) {
            return new RunReport(outcome.runId(), outcome.kind().name(), outcome.exitCode(), outcome.message(),
                    times.started(), times.ended(), none, null, List.of());
        }
        Manifest m = manifest.get();
        RunReport.Totals totals = new RunReport.Totals(m.totals().inputs(), m.totals().processed(),
                m.totals().rejected(), m.totals().records());
        return new RunReport(outcome.runId(), outcome.kind().name(), outcome.exitCode(), outcome.message(),
                times.started(), times.ended(), totals, Path.of(published), changes(m, execution));
    }

    private List<String> changes(Manifest current, JobExecution execution) {
        try {
            RunParameters params = RunParameters.of(execution.getJobParameters());
            Optional<Manifest> previous = params.baseRun() == null || "-".equals(params.baseRun()) ? Optional.empty()
                    : manifest(new RunFolders(params.outputDir()).published(params.baseRun()).resolve("manifest.json"));
            RunSnapshot snapshot = store.snapshot(new RunInfo(params.runId(), params.startedAt()),
                    themes.of(params.runId()));
            List<String> lines = ChangeSummary.lines(current, previous, Optional.of(snapshot));
            store.forgetSnapshot();
            return lines;
        } catch (RuntimeException e) {
            log.warn("notify: cannot tell what changed in run {}: {}", current.runId(), Failures.describe(e));
            return List.of();
        }
    }

    private static Optional<Manifest> manifest(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readValue(file.toFile(), Manifest.class));
        } catch (RuntimeException e) {
            log.warn("notify: cannot read {}: {}", file, e.getMessage());
            return Optional.empty();
        }
    }
}
