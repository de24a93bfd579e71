package io.trendreports.job;

import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

import io.trendreports.store.RecordStore;

/** Stores each ingested file's records or rejection, and counts them for the step summary. */
public class IngestResultWriter implements ItemWriter<IngestResult>, StepExecutionListener {

    private final RecordStore store;
    private final String runId;
    private StepExecution stepExecution;

    private final String configFingerprint;

    public IngestResultWriter(RecordStore store, String runId, String configFingerprint) {
        this.store = store;
        this.runId = runId;
        this.configFingerprint = configFingerprint;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        this.stepExecution = stepExecution;
    }

    @Override
    public void write(Chunk<? extends IngestResult> chunk) {
        for (IngestResult result : chunk) {
            if (result.isRejected()) {
                store.saveRejected(runId, result.input());
                StepCounters.add(stepExecution, StepCounters.REJECTED, 1);
            } else if (result.isReused()) {
                int records = store.copyProcessed(result.reusable(), runId, result.reportId(), result.input().file());
                StepCounters.add(stepExecution, StepCounters.PROCESSED, 1);
                StepCounters.add(stepExecution, StepCounters.REUSED, 1);
                StepCounters.add(stepExecution, StepCounters.RECORDS, records);
            } else {
                store.saveProcessed(runId, result.report(), result.records(), result.warnings(),
                        result.input().structure(), configFingerprint);
                StepCounters.add(stepExecution, StepCounters.PROCESSED, 1);
                StepCounters.add(stepExecution, StepCounters.RECORDS, result.records().size());
            }
        }
    }
}
