package io.trendreports.launch;

import java.io.PrintStream;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

import io.trendreports.job.Durations;
import io.trendreports.job.PublishTasklet;
import io.trendreports.job.RunParameters;
import io.trendreports.job.RunTimes;
import io.trendreports.job.TrendJobConfiguration;
import io.trendreports.model.InputFile;
import io.trendreports.store.RecordStore;

/**
 * Past runs as the job repository saw them: one line per execution, newest first. A run that
 * was resumed shows one line per attempt under the same run id.
 */
@Component
public class HistoryCommand {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneOffset.UTC);
    private static final String FORMAT = "%-26s %-19s %9s %-10s %9s %8s  %s%n";

    private final JobRepository jobRepository;
    private final RecordStore store;

    public HistoryCommand(JobRepository jobRepository, RecordStore store) {
        this.jobRepository = jobRepository;
        this.store = store;
    }

    /** Prints up to {@code limit} executions; returns how many were printed. */
    public int history(int limit, PrintStream out) {
        List<RunLine> lines = lines(limit);
        if (lines.isEmpty()) {
            out.println("no runs yet");
            return 0;
        }
        out.printf(FORMAT, "RUN ID", "STARTED (UTC)", "DURATION", "STATUS", "PROCESSED", "REJECTED", "OUTPUT");
        for (RunLine l : lines) {
            out.printf(FORMAT, l.runId(), l.started(), l.duration(), l.status(), l.processed(), l.rejected(),
                    l.output());
        }
        return lines.size();
    }

    /** The newest execution in one line, if there is one. */
    public Optional<RunLine> last() {
        List<RunLine> lines = lines(1);
        return lines.isEmpty() ? Optional.empty() : Optional.of(lines.get(0));
    }

    /** Up to {@code limit} executions, newest first (the portal's runs page reads these too). */
    public List<RunLine> lines(int limit) {
        List<RunLine> lines = new ArrayList<>();
        for (JobInstance instance : jobRepository.getJobInstances(TrendJobConfiguration.JOB_NAME, 0, limit)) {
            List<JobExecution> executions = new ArrayList<>(jobRepository.getJobExecutions(instance));
            executions.sort((a, b) -> Long.compare(b.getId(), a.getId()));
            for (JobExecution e : executions) {
                if (lines.size() < limit) {
                    lines.add(line(e));
                }
            }
        }
        return lines;
    }

    private RunLine line(JobExecution e) {
        String runId = RunParameters.of(e.getJobParameters()).runId();
        List<InputFile> inputs = store.inputs(runId);
        long rejected = inputs.stream().filter(InputFile::isRejected).count();
        String published = PublishTasklet.publishedDir(e);
        RunTimes times = RunTimes.of(e);
        String duration = times.duration().map(Durations::format)
                .orElse(e.getStatus().isRunning() ? "running" : "-");
        // a completed run with no inputs read an empty folder: nothing is known only of runs that stopped early
        boolean counted = !inputs.isEmpty() || e.getStatus() == BatchStatus.COMPLETED;
        return new RunLine(runId, times.started() == null ? "-" : TIME.format(times.started()), duration,
                e.getStatus(), counted ? String.valueOf(inputs.size() - rejected) : "-",
                counted ? String.valueOf(rejected) : "-", published.isEmpty() ? "-" : published);
    }

    /** One execution as printed. */
    public record RunLine(String runId, String started, String duration, BatchStatus status, String processed,
                          String rejected, String output) {

        public boolean completed() {
            return status == BatchStatus.COMPLETED;
        }

        public String oneLine() {
            return "last run " + runId + ": " + status + ", started " + started + " UTC, took " + duration
                    + ", " + processed + " processed, " + rejected + " rejected"
                    + ("0".equals(processed) && "0".equals(rejected) ? " (the input folder was empty)" : "")
                    + (output.equals("-") ? ", not published" : ", published to " + output);
        }
    }
}
