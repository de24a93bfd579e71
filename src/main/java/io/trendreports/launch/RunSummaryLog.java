package io.trendreports.launch;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.trendreports.job.Durations;
import io.trendreports.job.PartitionSteps;
import io.trendreports.job.StepCounters;
import io.trendreports.model.InputFile;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reports a finished run to machines: Micrometer meters (run and step durations, item counts)
 * and one JSON line in the log that a log shipper can parse without regular expressions. Each
 * step gives the counts its log line gives: items read and written where it has items, and the
 * counters it keeps ({@link StepCounters}: files, records, processed, rejected, reused).
 */
@Component
public class RunSummaryLog {

    private static final Logger log = LoggerFactory.getLogger("io.trendreports.summary");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final MeterRegistry meters;

    public RunSummaryLog(MeterRegistry meters) {
        this.meters = meters;
    }

    public void log(JobExecution execution, String runId, Duration took, List<InputFile> inputs) {
        String status = execution.getStatus().name();
        long rejected = inputs.stream().filter(InputFile::isRejected).count();
        long records = inputs.stream().mapToLong(InputFile::sections).sum();
        Timer.builder("trend.run.duration").tag("status", status).register(meters).record(took);
        meters.counter("trend.run.inputs", "outcome", "processed").increment(inputs.size() - rejected);
        meters.counter("trend.run.inputs", "outcome", "rejected").increment(rejected);
        meters.counter("trend.run.records").increment(records);

        Map<String, Object> steps = new LinkedHashMap<>();
        for (StepExecution step : execution.getStepExecutions()) {
            if (PartitionSteps.isPartition(step)) {
                continue; // counted in its manager step (ingest, briefs)
            }
            Duration d = Durations.between(step.getStartTime(), step.getEndTime());
            Timer.builder("trend.step.duration").tag("step", step.getStepName())
                    .tag("status", step.getStatus().name()).register(meters).record(d);
            meters.counter("trend.step.items", "step", step.getStepName(), "kind", "read")
                    .increment(step.getReadCount());
            meters.counter("trend.step.items", "step", step.getStepName(), "kind", "written")
                    .increment(step.getWriteCount());
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("status", step.getStatus().name());
            s.put("durationMs", d.toMillis());
            // items exist in the chunk-oriented ingest only; the other steps count in their context
            if (step.getReadCount() > 0 || step.getWriteCount() > 0) {
                s.put("read", step.getReadCount());
                s.put("written", step.getWriteCount());
            }
            for (String counter : StepCounters.ALL) {
                if (step.getExecutionContext().containsKey(counter)) {
                    long value = StepCounters.get(step, counter);
                    s.put(counter, value);
                    meters.counter("trend.step.items", "step", step.getStepName(), "kind", counter).increment(value);
                }
            }
            steps.put(step.getStepName(), s);
        }
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("event", "run-summary");
        line.put("runId", runId);
        line.put("status", status);
        line.put("durationMs", took.toMillis());
        line.put("inputs", inputs.size());
        line.put("processed", inputs.size() - rejected);
        line.put("rejected", rejected);
        line.put("records", records);
        line.put("steps", steps);
        log.info(JSON.writeValueAsString(line));
    }
}
