package io.trendreports.portal;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The runs page: the job repository's executions (failed and stopped runs too, with status and
 * duration), joined with the published folders by run id; a published run the repository no
 * longer knows (a fresh database) is listed from its manifest. One row per run id, newest first.
 */
final class RunRows {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneOffset.UTC);

    private RunRows() {
    }

    static List<RunRow> of(List<RunHistory.Attempt> attempts, List<PublishedRun> published,
                           Optional<String> latest, int limit) {
        Map<String, PublishedRun> byId = new LinkedHashMap<>();
        published.forEach(r -> byId.put(r.runId(), r));
        Map<String, RunRow> rows = new LinkedHashMap<>();
        for (RunHistory.Attempt a : attempts) {
            if (a.runId() == null || rows.containsKey(a.runId())) {
                continue; // attempts come newest first: the first one is the run's state now
            }
            PublishedRun run = byId.get(a.runId());
            String processed = run != null ? String.valueOf(run.manifest().totals().processed()) : a.processed();
            String rejected = run != null ? String.valueOf(run.manifest().totals().rejected()) : a.rejected();
            rows.put(a.runId(), new RunRow(a.runId(), a.started(), a.duration(),
                    a.status().toLowerCase(Locale.ROOT), processed, rejected, run != null,
                    latest.map(a.runId()::equals).orElse(false)));
        }
        for (PublishedRun run : published) {
            if (!rows.containsKey(run.runId())) {
                rows.put(run.runId(), fromManifest(run, latest));
            }
        }
        List<RunRow> sorted = new ArrayList<>(rows.values());
        sorted.sort(Comparator.comparing(RunRow::runId).reversed());
        return sorted.size() > limit ? sorted.subList(0, limit) : sorted;
    }

    private static RunRow fromManifest(PublishedRun run, Optional<String> latest) {
        Instant start = run.manifest().startedAt();
        Instant end = run.manifest().finishedAt();
        String duration = start == null || end == null ? "-" : format(Duration.between(start, end));
        return new RunRow(run.runId(), start == null ? "-" : TIME.format(start), duration,
                run.manifest().status() == null ? "completed" : run.manifest().status().toLowerCase(Locale.ROOT),
                String.valueOf(run.manifest().totals().processed()), String.valueOf(run.manifest().totals().rejected()),
                true, latest.map(run.runId()::equals).orElse(false));
    }

    static String format(Duration d) {
        long seconds = d.toSeconds();
        if (seconds < 60) {
            return String.format(Locale.ROOT, "%.2fs", d.toMillis() / 1000.0);
        }
        return seconds < 3600 ? String.format(Locale.ROOT, "%dm%02ds", seconds / 60, seconds % 60)
                : String.format(Locale.ROOT, "%dh%02dm", seconds / 3600, (seconds % 3600) / 60);
    }

    static String time(Instant instant) {
        return instant == null ? "-" : TIME.format(instant);
    }
}
