package io.trendreports.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.trendreports.model.InMemoryRunSnapshot;
import io.trendreports.model.SampleRuns;
import io.trendreports.model.TopicRuns;
import io.trendreports.model.TrendRecord;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DigestTest {

    @TempDir
    Path runDir;

    private final PdfOutput writer = new PdfOutput(PdfSettings.defaults());

    @Test
    void whatChangedNamesTheEntitiesAndSectorsThatAppearAndDisappear() throws IOException {
        InMemoryRunSnapshot run = new InMemoryRunSnapshot(SampleRuns.THEMES, List.of(
                named("ai-2023", "AI Trends 2023", "2023", List.of("OpenAI", "GPT-4"), List.of("finance")),
                named("ai-2024", "AI Trends 2024", "2024", List.of("OpenAI", "GPT-5"), List.of("finance", "healthcare"))));
        writer.write(run, runDir);

        String text = PdfFixtures.text(runDir.resolve("digest.pdf"));
        assertThat(text).containsSubsequence("What changed", "Newly named: GPT-5", "No longer named: GPT-4",
                "New sectors: healthcare");
        assertThat(text).doesNotContain("Sectors gone:");
    }

    private static TrendRecord named(String report, String title, String period, List<String> entities,
                                     List<String> sectors) {
        return new TrendRecord(report, title, period, "en", report + ".md", "0".repeat(64), 1, "Scaling",
                "model-scaling", "Model scaling", 0.8, "Summary.", List.of(), entities, sectors, 100, 3, 100);
    }

    @Test
    void coverageTableHasThemeRowsAndReportColumns() throws IOException {
        writer.write(SampleRuns.twoEditions(), runDir);
        String text = PdfFixtures.text(runDir.resolve("digest.pdf"));

        assertThat(text).contains("Trend digest", "Run: 20261128-120000-abcdef12", "Generated: 2026-11-28 12:00 UTC");
        // one line per theme row: label, then the 2023 cell, then the 2024 cell; empty cells print nothing;
        // largest in the newest edition first, as in the chart
        assertThat(text).containsSubsequence("AI LLMs", "Theme coverage", "Theme 2023 · AI Report 2024 · AI Report",
                "Model scaling 60.0 50.0", "Multimodal capabilities 30.0", "Open-source models 20.0",
                "Regulation and policy 40.0");
        assertThat(text).contains("Not found in any report: Other");
    }

    @Test
    void whatChangedListsNewDroppedAndMovedThemes() throws IOException {
        writer.write(SampleRuns.twoEditions(), runDir);
        String text = PdfFixtures.text(runDir.resolve("digest.pdf"));

        assertThat(text).containsSubsequence("What changed", "2023 · AI Report \u2192 2024 · AI Report",
                "New: Multimodal capabilities (1 section, not in the previous edition)",
                "Dropped: Regulation and policy (covered in 1 of 2 editions, not in this one)",
                "Steady: Model scaling (1 \u2192 1 section; 1.2\u00d7 \u2192 1.5\u00d7 an average section)");
        assertThat(text).as("a 2-section edition against a 3-section one is no fall").doesNotContain("Weakened");
        assertThat(text).containsSubsequence("Rejected inputs", "broken.md: not valid UTF-8 (byte 12)");
    }

    @Test
    void digestOutlineNamesItsSections() throws IOException {
        writer.write(SampleRuns.twoEditions(), runDir);

        try (PDDocument doc = Loader.loadPDF(runDir.resolve("digest.pdf").toFile())) {
            List<String> titles = new ArrayList<>();
            for (PDOutlineItem item : doc.getDocumentCatalog().getDocumentOutline().children()) {
                titles.add(item.getTitle());
            }
            assertThat(titles).containsExactly("AI LLMs: what changed", "AI LLMs", "Rejected inputs");
            List<String> topic = new ArrayList<>();
            topLevel(doc, "AI LLMs").children().forEach(item -> topic.add(item.getTitle()));
            assertThat(topic).containsExactly("Theme coverage", "What changed");
            assertThat(PdfFixtures.pageText(doc, 1)).contains("Page 1 of " + doc.getNumberOfPages());
        }
    }

    @Test
    void manyReportsSplitTheTableAndAbbreviateHeadersInsideTheMargins() throws IOException {
        writer.write(twentyEditions(), runDir);

        try (PDDocument doc = Loader.loadPDF(runDir.resolve("digest.pdf").toFile())) {
            HostileTextTest.assertInsideMargins(doc);
        }
        String text = PdfFixtures.text(runDir.resolve("digest.pdf"));
        assertThat(text).contains("#1 2001", "#20 2020", "Reports #1 to #", "12.3")
                .containsSubsequence("r2019", "What changed", "2019 · Outlook on Artificial");
    }

    @Test
    void chartComparesTheNewestThreeEditionsWithALegendAndAnAxis() throws IOException {
        writer.write(twentyEditions(), runDir);

        try (PDDocument doc = Loader.loadPDF(runDir.resolve("digest.pdf").toFile())) {
            int page = 1;
            while (!PdfFixtures.pageText(doc, page).contains("Theme share, newest 3 editions")) {
                page++;
            }
            String text = PdfFixtures.pageTextByPosition(doc, page);
            assertThat(text).contains("#18 Annual Outlook", "#19 Annual Outlook", "#20 Annual Outlook",
                    "Model scaling", "Regulation and policy", "0%", ThemeChart.AXIS_TITLE);
            assertThat(text).doesNotContain("#17 Annual Outlook");
            // 3 editions of model scaling + the 2 even years with regulation, and 3 legend swatches
            assertThat(Rectangles.filled(doc.getPage(page - 1), ThemeChart.SERIES)).isEqualTo(3 + 2 + 3);
        }
    }

    @Test
    void aLargeRunsDigestShowsTheNewestReportsAndSaysWhereTheRestAre() throws IOException {
        new PdfOutput(PdfSettings.defaults().withDigestReports(5)).write(twentyEditions(), runDir);

        String text = PdfFixtures.text(runDir.resolve("digest.pdf"));
        assertThat(text).contains("Reports: 20", "Shown: the newest 5 of 20 reports, #16 to #20.",
                "trend-comparison.xlsx");
        assertThat(text).containsSubsequence("Reports", "#16", "Annual Outlook on Artificial Intelligence 2016",
                "#20", "Annual Outlook on Artificial Intelligence 2020", "Theme coverage");
        assertThat(text).doesNotContain("Intelligence 2015", "#15 2015");
        try (PDDocument doc = Loader.loadPDF(runDir.resolve("digest.pdf").toFile())) {
            PDOutlineItem changes = null;
            for (PDOutlineItem item : topLevel(doc, "Outlook on Artificial Intelligence").children()) {
                if (item.getTitle().equals("What changed")) {
                    changes = item;
                }
            }
            List<String> pairs = new ArrayList<>();
            changes.children().forEach(item -> pairs.add(item.getTitle()));
            assertThat(pairs).as("consecutive pairs among the 5 shown").hasSize(4)
                    .first().asString().startsWith("2016 · Outlook on Artificial");
        }
    }

    @Test
    void aLimitOfZeroShowsEveryReport() throws IOException {
        new PdfOutput(PdfSettings.defaults().withDigestReports(0)).write(twentyEditions(), runDir);

        String text = PdfFixtures.text(runDir.resolve("digest.pdf"));
        assertThat(text).contains("Intelligence 2001", "Intelligence 2020").doesNotContain("Shown:");
    }

    @Test
    void runWithoutReportsStillGetsADigest() throws IOException {
        var outputs = writer.write(new InMemoryRunSnapshot(SampleRuns.THEMES, List.of()), runDir);

        assertThat(outputs).singleElement().satisfies(o -> assertThat(o.path()).isEqualTo("digest.pdf"));
        assertThat(PdfFixtures.text(runDir.resolve("digest.pdf")))
                .contains("No report was processed in this run.", "Page 1 of 1");
    }

    @Test
    void eachTopicHasItsOwnEditionsThemesAndChangesAndNoTopicIsComparedWithAnother() throws IOException {
        writer.write(TopicRuns.threeTopics(), runDir);

        try (PDDocument doc = Loader.loadPDF(runDir.resolve("digest.pdf").toFile())) {
            List<String> topics = new ArrayList<>();
            for (PDOutlineItem item : doc.getDocumentCatalog().getDocumentOutline().children()) {
                topics.add(item.getTitle());
            }
            assertThat(topics).containsExactly("AI LLMs: what changed", "Forex: what changed",
                    "Quantum Computing: what changed", "AI LLMs", "Forex", "Quantum Computing");
        }
        String text = PdfFixtures.text(runDir.resolve("digest.pdf"));
        assertThat(text).contains("Topics: AI LLMs (2 editions), Forex (2 editions), Quantum Computing (2 editions)");
        String forex = between(text, "\nForex\n", "\nQuantum Computing\n");
        assertThat(forex).containsSubsequence("#3 Forex Market Outlook 2024", "#5 Forex Market Outlook 2025",
                "Theme 2024 · Forex Market Outlook 2025 · Forex Market Outlook",
                "Central bank divergence 50.0 40.0", "Algorithmic execution 20.0 35.0", "Carry trades unwind 30.0",
                "Other 25.0", "What changed", "2024 · Forex Market Outlook \u2192 2025 · Forex Market Outlook",
                "Dropped: Carry trades unwind");
        assertThat(forex).doesNotContain("Model scaling", "Quantum", "Error correction", "AI LLMs");
        String ai = between(text, "\nAI LLMs\n", "\nForex\n");
        assertThat(ai).contains("Model scaling 70.0 55.0").doesNotContain("Central bank", "Error correction", "Other");
        // with several topics, a theme of another topic is not "missing" from this one
        assertThat(text).doesNotContain("Not found in any report");
    }

    @Test
    void aWrappedReportLineNeverStartsWithASeparator() throws IOException {
        String title = "A Very Long Report Title About Many Things That Surely Fills Most Of The Line";
        writer.write(new InMemoryRunSnapshot(SampleRuns.THEMES, List.of(
                SampleRuns.record("a-rather-long-source-file-name-for-this-report-2024", title, "2024", 1, "s",
                        "model-scaling", 100))), runDir);

        String text = PdfFixtures.text(runDir.resolve("digest.pdf"));
        assertThat(text.lines()).noneMatch(line -> line.strip().startsWith("\u00B7"));
        assertThat(text).contains("2024 \u00B7 a-rather-long-source-file-name-for-this-report-2024.md");
    }

    private static String between(String text, String from, String to) {
        int start = text.indexOf(from);
        int end = text.indexOf(to, start + 1);
        assertThat(start).as("start of %s", from).isNotNegative();
        return end < 0 ? text.substring(start) : text.substring(start, end);
    }

    static InMemoryRunSnapshot twentyEditions() {
        List<TrendRecord> records = new ArrayList<>();
        for (int year = 2001; year <= 2020; year++) {
            records.add(SampleRuns.record("r" + year, "Annual Outlook on Artificial Intelligence " + year,
                    Integer.toString(year), 1, "Scale", "model-scaling", 40 + year % 7));
            if (year % 2 == 0) {
                records.add(SampleRuns.record("r" + year, "Annual Outlook on Artificial Intelligence " + year,
                        Integer.toString(year), 2, "Rules", "regulation", 12.25));
            }
        }
        return new InMemoryRunSnapshot(SampleRuns.THEMES, records);
    }

    /** The outline entry of a topic's part, after the opening pages' entries. */
    static PDOutlineItem topLevel(PDDocument doc, String title) {
        for (PDOutlineItem item : doc.getDocumentCatalog().getDocumentOutline().children()) {
            if (item.getTitle().equals(title)) {
                return item;
            }
        }
        throw new AssertionError("no outline entry " + title);
    }
}
