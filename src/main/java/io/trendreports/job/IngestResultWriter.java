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

    public IngestResultWriter(RecordStore store, String runId) {
        this.store = store;
        this.runId = runId;
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
            } else {
                store.saveProcessed(runId, result.report(), result.records(), result.warnings());
                StepCounters.add(stepExecution, StepCounters.PROCESSED, 1);
                StepCounters.add(stepExecution, StepCounters.RECORDS, result.records().size());
            }
        }
    }
}
