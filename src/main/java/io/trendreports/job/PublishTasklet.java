package io.trendreports.job;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import java.time.Clock;
import java.time.Instant;

import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import io.trendreports.publish.Manifest;
import io.trendreports.publish.PublishedRuns;
import io.trendreports.publish.ManifestFactory;
import io.trendreports.publish.RunPublisher;
import io.trendreports.store.RecordStore;
import io.trendreports.store.StoredEdition;

/** Writes the manifest and publishes the run folder; the last step of the job. */
public class PublishTasklet implements Tasklet {

    private static final String PUBLISHED_DIR = "published.dir";
    private static final Logger log = LoggerFactory.getLogger("io.trendreports.job");

    private final RecordStore store;
    private final Clock clock;
    private final int keepRuns;

    public PublishTasklet(RecordStore store, Clock clock, int keepRuns) {
        this.store = store;
        this.clock = clock;
        this.keepRuns = keepRuns;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        StepExecution step = chunkContext.getStepContext().getStepExecution();
        RunParameters params = RunParameters.of(step.getJobParameters());
        store.forgetSnapshot(); // every output is written: the writers' shared snapshot is done with
        Instant publishedAt = clock.instant();
        Manifest manifest = ManifestFactory.create(params.runId(), RunTimes.of(step.getJobExecution()).started(),
                publishedAt, params.inputDir(), store.inputs(params.runId()),
                store.warnings(params.runId()), store.reusedFrom(params.runId()), store.outputs(params.runId()),
                params.workDir(),
                params.inputFingerprint(), params.configFingerprint(), history(params.runId()), params.folders());
        Path published = new RunPublisher(params.folders()).publish(manifest);
        step.getJobExecution().getExecutionContext().putString(PUBLISHED_DIR, published.toString());
        RunTimes.published(step.getJobExecution(), publishedAt);
        StepCounters.add(step, StepCounters.FILES, manifest.outputs().size() + 1L);
        applyRetention(new PublishedRuns(params.folders()));
        return RepeatStatus.FINISHED;
    }

    private List<Manifest.Edition> history(String runId) {
        return store.editions(runId).stream().filter(StoredEdition::remembered)
                .map(e -> new Manifest.Edition(e.stored().reportId(), e.fileName(), e.sha256(), e.topic(), e.firstSeen()))
                .toList();
    }

    /** Where the execution published its run folder, or "" if it did not get that far. */
    public static String publishedDir(JobExecution execution) {
        return execution.getExecutionContext().getString(PUBLISHED_DIR, "");
    }

    /** Older runs go only once the new one is published; a failure here never fails the run. */
    private void applyRetention(PublishedRuns runs) {
        try {
            List<String> deleted = runs.applyRetention(keepRuns);
            if (!deleted.isEmpty()) {
                log.info("retention: deleted {} old run(s), keeping the last {}: {}", deleted.size(), keepRuns,
                        String.join(", ", deleted));
            }
            List<String> kept = runs.runIds();
            if (!kept.isEmpty()) {
                store.deleteRunsBefore(kept.get(0));
            }
        } catch (IOException | RuntimeException e) {
            log.warn("retention: could not delete old runs: {}", Failures.describe(e));
        }
    }
}
