package io.trendreports.notify;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * What is told about one ended run.
 *
 * @param outcome      how it ended: COMPLETED, COMPLETED_WITH_REJECTIONS, COMPLETED_EMPTY or FAILED
 * @param exitCode     the exit code {@code run} ends with
 * @param message      the run's final log line
 * @param startedAt    null when the run failed before it started
 * @param publishedDir the published run folder; null when nothing was published
 * @param changes      what changed, one short line each (inputs, rejections, theme movements)
 */
public record RunReport(String runId, String outcome, int exitCode, String message, Instant startedAt,
                        Instant finishedAt, Totals totals, Path publishedDir, List<String> changes) {

    public RunReport {
        changes = changes == null ? List.of() : List.copyOf(changes);
    }

    public record Totals(int inputs, int processed, int rejected, long records) {
    }

    public boolean published() {
        return publishedDir != null;
    }

    public Duration duration() {
        return startedAt == null || finishedAt == null ? Duration.ZERO : Duration.between(startedAt, finishedAt);
    }

    /** The published digest, if there is one. */
    public Path digest() {
        return publishedDir == null ? null : publishedDir.resolve("digest.pdf");
    }
}
