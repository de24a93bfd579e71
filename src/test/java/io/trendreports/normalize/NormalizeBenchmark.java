package io.trendreports.normalize;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import io.trendreports.model.SourceReport;
import io.trendreports.source.MarkdownReportParser;
import io.trendreports.source.ReportFileLoader;

/**
 * Not a check: times {@link ReportNormalizer#normalize} on the reference report, one thread, after
 * a warm-up, and prints the median and 90th percentile per report. Run with
 * {@code mvn test -Dtest=NormalizeBenchmark -Dbench=true [-Dbench.rounds=500 -Dbench.file=input/x.md]}.
 * For a profile add {@code -DargLine="-XX:StartFlightRecording=filename=normalize.jfr"} and open the
 * file with {@code jfr print --events jdk.ExecutionSample normalize.jfr} or JDK Mission Control.
 */
@EnabledIfSystemProperty(named = "bench", matches = "true")
class NormalizeBenchmark {

    @Test
    void referenceReport() throws Exception {
        int rounds = Integer.getInteger("bench.rounds", 500);
        Path file = Path.of(System.getProperty("bench.file", "input/ai-llm-trends-2024.md"));
        SourceReport report = new MarkdownReportParser()
                .parse(new ReportFileLoader(1 << 22).load(file), file.getFileName().toString()).report();
        long setup = System.nanoTime();
        ReportNormalizer normalizer = new ReportNormalizer(KnowledgeBase.load(Path.of("config")),
                NormalizerSettings.defaults());
        double setupMillis = (System.nanoTime() - setup) / 1e6;
        long first = System.nanoTime();
        normalizer.normalize(report);
        double firstMillis = (System.nanoTime() - first) / 1e6;
        for (int i = 0; i < rounds; i++) {
            normalizer.normalize(report); // JIT warm-up
        }
        // processor time of this thread as well: on a busy machine it varies far less than wall time
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        double[] millis = new double[rounds];
        double[] cpuMillis = new double[rounds];
        for (int i = 0; i < rounds; i++) {
            long start = System.nanoTime();
            long cpuStart = threads.getCurrentThreadCpuTime();
            normalizer.normalize(report);
            cpuMillis[i] = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e6;
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        Arrays.sort(cpuMillis);
        System.out.printf(Locale.ROOT, "BENCH normalize %s (%d sections): setup %.0f ms, first call %.1f ms, "
                        + "then median %.2f ms, p90 %.2f ms over %d rounds; processor time median %.2f ms%n", file,
                report.sections().size(), setupMillis, firstMillis, millis[rounds / 2], millis[rounds * 9 / 10], rounds,
                cpuMillis[rounds / 2]);
    }
}
