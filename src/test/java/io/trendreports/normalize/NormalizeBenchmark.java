package io.trendreports.normalize;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import io.trendreports.model.SourceReport;
import io.trendreports.source.MarkdownReportParser;
import io.trendreports.source.ReportFileLoader;

/**
 * Not a check: times {@link ReportNormalizer#normalize} on the reference report, one thread, after
 * a warm-up, and prints the median and 90th percentile per report. Run with
 * {@code mvn test -Dtest=NormalizeBenchmark -Dbench=true [-Dbench.rounds=500 -Dbench.file=input/x.md]},
 * or over the Markdown files of a folder in turn ({@code -Dbench.dir=DIR}), which keeps the
 * per-thread caches from seeing the same texts every round, as they do in a run. A run compiles
 * with the quick compiler only ({@code -DargLine=-XX:TieredStopAtLevel=1} does the same here).
 * For a profile add {@code -DargLine="-XX:StartFlightRecording=filename=normalize.jfr"} and open the
 * file with {@code jfr print --events jdk.ExecutionSample normalize.jfr} or JDK Mission Control.
 */
@EnabledIfSystemProperty(named = "bench", matches = "true")
class NormalizeBenchmark {

    @Test
    void referenceReport() throws Exception {
        int rounds = Integer.getInteger("bench.rounds", 500);
        String dir = System.getProperty("bench.dir");
        List<Path> files;
        if (dir != null) {
            try (Stream<Path> listed = Files.list(Path.of(dir))) {
                files = listed.filter(p -> p.toString().endsWith(".md")).sorted().toList();
            }
        } else {
            files = List.of(Path.of(System.getProperty("bench.file", "input/ai-llm-trends-2024.md")));
        }
        List<SourceReport> reports = new ArrayList<>();
        for (Path f : files) {
            reports.add(new MarkdownReportParser()
                    .parse(new ReportFileLoader(1 << 22).load(f), f.getFileName().toString()).report());
        }
        SourceReport report = reports.get(0);
        Object file = dir != null ? dir + " (" + reports.size() + " files)" : files.get(0);
        long setup = System.nanoTime();
        ReportNormalizer normalizer = new ReportNormalizer(KnowledgeBase.load(Path.of("config")),
                NormalizerSettings.defaults());
        double setupMillis = (System.nanoTime() - setup) / 1e6;
        long first = System.nanoTime();
        normalizer.normalize(report);
        double firstMillis = (System.nanoTime() - first) / 1e6;
        for (int i = 0; i < rounds; i++) {
            normalizer.normalize(reports.get(i % reports.size())); // JIT warm-up
        }
        // processor time of this thread as well: on a busy machine it varies far less than wall time
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        double[] millis = new double[rounds];
        double[] cpuMillis = new double[rounds];
        for (int i = 0; i < rounds; i++) {
            SourceReport next = reports.get(i % reports.size());
            long start = System.nanoTime();
            long cpuStart = threads.getCurrentThreadCpuTime();
            normalizer.normalize(next);
            cpuMillis[i] = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e6;
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        Arrays.sort(cpuMillis);
        System.out.printf(Locale.ROOT, "BENCH normalize %s (%d sections in the first): setup %.0f ms, first call %.1f ms, "
                        + "then median %.2f ms, p90 %.2f ms over %d rounds; processor time median %.2f ms%n", file,
                report.sections().size(), setupMillis, firstMillis, millis[rounds / 2], millis[rounds * 9 / 10], rounds,
                cpuMillis[rounds / 2]);
    }
}
