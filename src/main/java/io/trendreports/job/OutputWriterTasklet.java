package io.trendreports.job;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import io.trendreports.model.OutputWriter;
import io.trendreports.model.ReportInfo;
import io.trendreports.model.RunSlice;
import io.trendreports.model.RunSnapshot;
import io.trendreports.model.WrittenOutput;
import io.trendreports.store.RecordStore;

/**
 * Runs one writer over the stored records of the run, or over the range of reports its partition
 * was given, and records what it wrote for the manifest; a per-report writer's unchanged files are
 * carried over from the last published run ({@link CarriedOutputs}). The counts are set, not added: a step
 * restarted after a crash rewrites the same files and counts them once.
 */
public class OutputWriterTasklet implements Tasklet {

    private final OutputWriter writer;
    private final RecordStore store;
    private final RunThemes themes;

    public OutputWriterTasklet(OutputWriter writer, RecordStore store, RunThemes themes) {
        this.writer = writer;
        this.store = store;
        this.themes = themes;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        StepExecution step = chunkContext.getStepContext().getStepExecution();
        RunParameters run = RunParameters.of(step.getJobParameters());
        Path workDir = Files.createDirectories(run.workDir());
        RunSnapshot snapshot = store.snapshot(run.runInfo(), themes.of(run.runId()));
        ExecutionContext context = step.getExecutionContext();
        RunSlice slice = RangePartitioner.isPartition(context)
                ? RunSlice.range(snapshot, RangePartitioner.from(context), RangePartitioner.to(context))
                : RunSlice.whole(snapshot);
        List<WrittenOutput> outputs;
        if (writer.perReport()) {
            CarriedOutputs.Result result = new CarriedOutputs(store).write(writer, slice, run, workDir);
            outputs = result.outputs();
            context.putLong(StepCounters.REUSED, result.carried());
        } else {
            outputs = writer.write(slice, workDir);
            store.saveOutputs(run.runId(), outputs);
        }
        context.putLong(StepCounters.FILES, outputs.size());
        context.putLong(StepCounters.RECORDS, slice.reports().stream().mapToLong(ReportInfo::sections).sum());
        return RepeatStatus.FINISHED;
    }
}
