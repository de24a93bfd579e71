package io.trendreports.bench;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.ToLongFunction;

/** Medians over the repeated runs of one corpus, and the table printing them. */
public record BenchmarkResult(String label, int runs, boolean completed, long records, long wallMs, long cpuMs,
                              List<Step> steps, long peakRssKb, long peakHeapMb, long heapAfterGcMb,
                              long liveHeapMb, long unchangedWallMs) {

    public record Step(String name, long medianMs) {
    }

    static BenchmarkResult of(String label, List<ChildRun> full, List<ChildRun> unchanged) {
        boolean completed = !full.isEmpty() && full.stream().allMatch(ChildRun::succeeded)
                && unchanged.stream().allMatch(ChildRun::succeeded);
        Set<String> stepNames = new LinkedHashSet<>();
        full.forEach(r -> r.summary().ifPresent(s -> s.stepMs().keySet().stream()
                .filter(name -> !name.contains(":")) // partitions of a step are inside its own time
                .forEach(stepNames::add)));
        List<Step> steps = new ArrayList<>();
        for (String name : stepNames) {
            steps.add(new Step(name, median(full, r -> r.summary().map(s -> s.stepMs().getOrDefault(name, 0L))
                    .orElse(0L))));
        }
        long records = full.stream().mapToLong(r -> r.summary().map(RunSummaryLine::records).orElse(0L)).max()
                .orElse(0);
        return new BenchmarkResult(label, full.size(), completed, records, median(full, ChildRun::wallMs),
                median(full, ChildRun::cpuMs), steps,
                median(full, ChildRun::peakRssKb), median(full, ChildRun::peakHeapMb),
                median(full, ChildRun::heapAfterGcMb), -1,
                unchanged.isEmpty() ? -1 : median(unchanged, ChildRun::wallMs));
    }

    /** The same, with the live data measured by a separate, probed run. */
    BenchmarkResult withLiveHeap(long mb) {
        return new BenchmarkResult(label, runs, completed, records, wallMs, cpuMs, steps, peakRssKb, peakHeapMb,
                heapAfterGcMb, mb, unchangedWallMs);
    }

    /** Median of the runs' values (the lower middle one for an even count). */
    static long median(List<ChildRun> runs, ToLongFunction<ChildRun> value) {
        long[] values = runs.stream().mapToLong(value).sorted().toArray();
        return values.length == 0 ? 0 : values[(values.length - 1) / 2];
    }

    public double recordsPerSecond() {
        return wallMs == 0 ? 0 : records * 1000.0 / wallMs;
    }

    /** A Markdown table, one row per corpus; step columns are the union of the steps seen. */
    static String table(List<BenchmarkResult> results) {
        Set<String> stepNames = new LinkedHashSet<>();
        results.forEach(r -> r.steps().forEach(s -> stepNames.add(s.name())));
        StringBuilder out = new StringBuilder();
        out.append("| reports | runs | records | wall s | cpu s |");
        stepNames.forEach(n -> out.append(' ').append(n).append(" s |"));
        out.append(" records/s | peak RSS MB | peak heap MB | heap after GC MB | live heap MB | unchanged rerun s | status |\n");
        out.append("|---|---|---|---|---|");
        stepNames.forEach(n -> out.append("---|"));
        out.append("---|---|---|---|---|---|---|\n");
        for (BenchmarkResult r : results) {
            out.append(String.format(Locale.ROOT, "| %s | %d | %d | %.2f | %.1f |", r.label(), r.runs(), r.records(),
                    r.wallMs() / 1000.0, r.cpuMs() / 1000.0));
            for (String name : stepNames) {
                long ms = r.steps().stream().filter(s -> s.name().equals(name)).mapToLong(Step::medianMs)
                        .findFirst().orElse(-1);
                out.append(ms < 0 ? " - |" : String.format(Locale.ROOT, " %.2f |", ms / 1000.0));
            }
            out.append(String.format(Locale.ROOT, " %.0f | %d | %d | %d | %s | %s | %s |%n", r.recordsPerSecond(),
                    r.peakRssKb() / 1024, r.peakHeapMb(), r.heapAfterGcMb(),
                    r.liveHeapMb() < 0 ? "-" : Long.toString(r.liveHeapMb()),
                    r.unchangedWallMs() < 0 ? "-" : String.format(Locale.ROOT, "%.2f", r.unchangedWallMs() / 1000.0),
                    r.completed() ? "ok" : "FAILED"));
        }
        out.append("Medians over the runs; wall time includes JVM start; cpu is user + system time; peak RSS is the kernel's VmHWM of the"
                + " child; heap from its GC log: largest in use before a collection, and largest left after one"
                + " (young collections leave old garbage behind, so this bounds the live data from above); live heap:"
                + " the most heap left after full collections forced every second during one extra, untimed run.\n");
        return out.toString();
    }
}
