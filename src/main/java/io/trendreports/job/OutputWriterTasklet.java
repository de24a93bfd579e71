package io.trendreports.job;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import io.trendreports.model.OutputWriter;
import io.trendreports.model.RunSnapshot;
import io.trendreports.model.Theme;
import io.trendreports.model.WrittenOutput;
import io.trendreports.store.RecordStore;

/**
 * Runs one output format over the stored records of the run and records what it wrote. One
 * instance per format; the job runs them side by side.
 */
public class OutputWriterTasklet implements Tasklet {

    private final OutputWriter writer;
    private final RecordStore store;
    private final Supplier<List<Theme>> themes;

    /** @param themes the taxonomy's themes, asked for when the step runs (the taxonomy loads lazily) */
    public OutputWriterTasklet(OutputWriter writer, RecordStore store, Supplier<List<Theme>> themes) {
        this.writer = writer;
        this.store = store;
        this.themes = themes;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        StepExecution step = chunkContext.getStepContext().getStepExecution();
        RunParameters params = RunParameters.of(step.getJobParameters());
        Path workDir = params.workDir();
        Files.createDirectories(workDir);
        RunSnapshot snapshot = store.snapshot(params.runInfo(), themes.get());
        List<WrittenOutput> outputs = writer.write(snapshot, workDir);
        store.saveOutputs(params.runId(), outputs);
        StepCounters.add(step, StepCounters.FILES, outputs.size());
        StepCounters.add(step, StepCounters.RECORDS, snapshot.recordCount());
        return RepeatStatus.FINISHED;
    }
}
