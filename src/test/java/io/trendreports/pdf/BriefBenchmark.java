package io.trendreports.pdf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import io.trendreports.model.InMemoryRunSnapshot;
import io.trendreports.model.SampleRuns;
import io.trendreports.model.TrendRecord;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Not a check: times 1,000 briefs (8 sections each, generated records) on all processors and
 * prints the median of a few rounds. Run with
 * {@code mvn test -Dtest=BriefBenchmark -Dbench=true [-Dbench.briefs=1000 -Dbench.rounds=3]}.
 */
@EnabledIfSystemProperty(named = "bench", matches = "true")
class BriefBenchmark {

    @Test
    void thousandBriefs() throws IOException {
        int briefs = Integer.getInteger("bench.briefs", 1000);
        int rounds = Integer.getInteger("bench.rounds", 3);
        InMemoryRunSnapshot run = generated(briefs, 8);
        PdfOutput writer = new PdfOutput(PdfSettings.defaults());
        writer.write(generated(20, 8), Files.createTempDirectory("bench-warm")); // JIT and font parse
        long[] millis = new long[rounds];
        for (int i = 0; i < rounds; i++) {
            Path dir = Files.createTempDirectory("bench");
            long start = System.nanoTime();
            writer.write(run, dir);
            millis[i] = (System.nanoTime() - start) / 1_000_000;
            deleteTree(dir);
        }
        Arrays.sort(millis);
        long median = millis[rounds / 2];
        System.out.printf(Locale.ROOT, "BENCH %d briefs + digest, %d processors: median %.2f s over %d rounds %s"
                        + " (%.1f ms per brief)%n", briefs, Runtime.getRuntime().availableProcessors(),
                median / 1000.0, rounds, Arrays.toString(millis), (double) median / briefs);
    }

    static InMemoryRunSnapshot generated(int reports, int sections) {
        String[] themes = {"model-scaling", "multimodal", "regulation", "open-source", "other"};
        List<TrendRecord> records = new ArrayList<>();
        for (int r = 1; r <= reports; r++) {
            String id = String.format(Locale.ROOT, "report-%04d", r);
            for (int s = 1; s <= sections; s++) {
                TrendRecord base = SampleRuns.record(id, "Generated report " + r, Integer.toString(1000 + r), s,
                        "Trend " + s + " of report " + r, themes[(r + s) % themes.length], 100.0 / sections);
                String summary = ("Section " + s + " describes how the trend develops, who drives it and why "
                        + "operations teams should care this quarter. ").repeat(3).strip();
                records.add(new TrendRecord(base.reportId(), base.reportTitle(), base.period(), base.language(),
                        base.sourceFile(), base.sourceSha256(), s, base.sectionTitle(), base.themeId(),
                        base.themeLabel(), base.themeScore(), summary, base.keyTerms(), base.entities(),
                        base.sectors(), base.wordCount(), base.sentenceCount(), base.sharePct()));
            }
        }
        return new InMemoryRunSnapshot(SampleRuns.THEMES, records);
    }

    private static void deleteTree(Path dir) throws IOException {
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
