package io.trendreports.job;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import io.trendreports.model.ReportInfo;
import io.trendreports.model.RunSnapshot;
import io.trendreports.model.Theme;
import io.trendreports.model.WrittenOutput;
import io.trendreports.pdf.PdfWriter;
import io.trendreports.store.RecordStore;

/**
 * Writes the PDF briefs of one range of the run's reports (a partition of the {@code briefs}
 * step) into the run's work folder, and records them for the manifest. Rerunning it rewrites the
 * same files, so a partition restarted after a crash leaves nothing twice.
 */
public class BriefsTasklet implements Tasklet {

    private final PdfWriter writer;
    private final RecordStore store;
    private final Supplier<List<Theme>> themes;

    public BriefsTasklet(PdfWriter writer, RecordStore store, Supplier<List<Theme>> themes) {
        this.writer = writer;
        this.store = store;
        this.themes = themes;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        StepExecution step = chunkContext.getStepContext().getStepExecution();
        RunParameters params = RunParameters.of(step.getJobParameters());
        Path workDir = Files.createDirectories(params.workDir());
        RunSnapshot snapshot = store.snapshot(params.runInfo(), themes.get());
        ExecutionContext context = step.getExecutionContext();
        List<ReportInfo> reports = snapshot.reports();
        List<ReportInfo> mine = reports.subList(Math.min(context.getInt(RangePartitioner.FROM, 0), reports.size()),
                Math.min(context.getInt(RangePartitioner.TO, reports.size()), reports.size()));
        List<WrittenOutput> outputs = writer.writeBriefs(snapshot, mine, workDir);
        store.saveOutputs(params.runId(), outputs);
        context.putLong(StepCounters.FILES, outputs.size());
        context.putLong(StepCounters.RECORDS, outputs.stream().mapToLong(WrittenOutput::records).sum());
        return RepeatStatus.FINISHED;
    }
}
