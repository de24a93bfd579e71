package io.trendreports.pdf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.trendreports.model.InMemoryRunSnapshot;
import io.trendreports.model.SampleRuns;
import io.trendreports.model.TrendRecord;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Not a check: writes sample PDFs for a person to look at. Run with
 * {@code mvn test -Dtest=LookSamples -Dpdf.look.dir=/tmp/pdf-look}, then e.g.
 * {@code pdftoppm -png -r 60 /tmp/pdf-look/two/digest.pdf /tmp/pdf-look/p}.
 */
@EnabledIfSystemProperty(named = "pdf.look.dir", matches = ".+")
class LookSamples {

    @Test
    void writeSamples() throws IOException {
        Path dir = Path.of(System.getProperty("pdf.look.dir"));
        PdfOutput writer = new PdfOutput(PdfSettings.defaults());
        writer.write(io.trendreports.model.SampleRuns.twoEditions(), Files.createDirectories(dir.resolve("two")));
        writer.write(PdfFixtures.longReport(40, 8), Files.createDirectories(dir.resolve("long")));
        writer.write(DigestTest.twentyEditions(), Files.createDirectories(dir.resolve("wide")));
        writer.write(io.trendreports.model.TopicRuns.threeTopics(), Files.createDirectories(dir.resolve("topics")));
        writer.write(io.trendreports.samples.ShippedSamples.shipped(), Files.createDirectories(dir.resolve("shipped")));
        writer.write(HostileTextTest.hostileRun(), Files.createDirectories(dir.resolve("hostile")));
        writer.write(realisticTitles(), Files.createDirectories(dir.resolve("titles")));
        writer.write(CjkReports.chinese(), Files.createDirectories(dir.resolve("zh")));
        writer.write(CjkReports.japanese(), Files.createDirectories(dir.resolve("ja")));
        writer.write(CjkReports.korean(), Files.createDirectories(dir.resolve("ko")));
        writer.write(CjkReports.longChinese(12), Files.createDirectories(dir.resolve("zh-long")));
        writer.write(IndicReports.hindi(), Files.createDirectories(dir.resolve("hi")));
        writer.write(IndicReports.telugu(), Files.createDirectories(dir.resolve("te")));
        writer.write(IndicReports.otherScripts(), Files.createDirectories(dir.resolve("scripts")));
        Path cjk = Path.of(getClass().getResource("/fonts/NotoSansSC-subset.ttf").getPath());
        new PdfOutput(PdfSettings.defaults().withFallbackFonts(List.of(cjk)))
                .write(HostileTextTest.hostileRun(), Files.createDirectories(dir.resolve("hostile-cjk")));
    }

    /** Titles as long as the sample inputs', across three editions. */
    private static InMemoryRunSnapshot realisticTitles() {
        String[] titles = {"AI LLMs Development in 2023 (Illustrative Edition)",
            "Comprehensive Report on AI LLMs Development in 2024", "State of Large Language Models 2025"};
        String[] themes = {"model-scaling", "multimodal", "regulation", "open-source", "other"};
        List<TrendRecord> records = new ArrayList<>();
        for (int e = 0; e < titles.length; e++) {
            for (int s = 1; s <= 4 + e; s++) {
                records.add(SampleRuns.record("ed-" + (2023 + e), titles[e], Integer.toString(2023 + e), s,
                        "Section " + s, themes[(s + e) % themes.length], 100.0 / (4 + e)));
            }
        }
        return new InMemoryRunSnapshot(SampleRuns.THEMES, records);
    }
}
