package io.trendreports.job;

import java.nio.file.Path;
import java.time.Clock;

import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import io.trendreports.publish.Manifest;
import io.trendreports.publish.ManifestFactory;
import io.trendreports.publish.RunPublisher;
import io.trendreports.store.RecordStore;

/** Writes the manifest and publishes the run folder; the last step of the job. */
public class PublishTasklet implements Tasklet {

    static final String PUBLISHED_DIR = "published.dir";

    private final RecordStore store;
    private final Clock clock;

    public PublishTasklet(RecordStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        StepExecution step = chunkContext.getStepContext().getStepExecution();
        RunParameters params = RunParameters.of(step.getJobParameters());
        Manifest manifest = ManifestFactory.create(params.runInfo(), clock.instant(), store.inputs(params.runId()),
                store.warnings(params.runId()), store.outputs(params.runId()), params.workDir());
        Path published = new RunPublisher(params.folders()).publish(manifest);
        step.getJobExecution().getExecutionContext().putString(PUBLISHED_DIR, published.toString());
        StepCounters.add(step, StepCounters.FILES, manifest.outputs().size() + 1L);
        return RepeatStatus.FINISHED;
    }
}
