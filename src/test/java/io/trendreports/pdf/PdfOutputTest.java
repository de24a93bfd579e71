package io.trendreports.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.trendreports.model.InMemoryRunSnapshot;
import io.trendreports.model.SampleRuns;
import io.trendreports.model.RunSlice;
import io.trendreports.model.WrittenOutput;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfOutputTest {

    @TempDir
    Path runDir;

    private final PdfOutput writer = new PdfOutput(new PdfSettings(PageFormat.A4, "Trend Desk"));

    @Test
    void writesOneBriefPerReportAndADigest() throws IOException {
        List<WrittenOutput> outputs = writer.write(SampleRuns.twoEditions(), runDir);

        assertThat(outputs).extracting(WrittenOutput::path)
                .containsExactly("briefs/llm-2023.pdf", "briefs/llm-2024.pdf", "digest.pdf");
        assertThat(outputs).extracting(WrittenOutput::kind).containsExactly("pdf-brief", "pdf-brief", "pdf-digest");
        assertThat(outputs).extracting(WrittenOutput::records).containsExactly(2L, 3L, 5L);
        assertThat(outputs).allSatisfy(o -> {
            assertThat(runDir.resolve(o.path())).isRegularFile();
            assertThat(o.counters()).containsEntry("replacedCharacters", 0L);
        });
        assertThat(new BriefWriter(PdfSettings.defaults()).name()).isEqualTo("briefs");
        assertThat(new DigestWriter(PdfSettings.defaults()).name()).isEqualTo("pdf");
    }

    @Test
    void briefShowsHeaderGlanceAndSectionsInOrder() throws IOException {
        writer.write(SampleRuns.twoEditions(), runDir);
        String text = PdfFixtures.text(runDir.resolve("briefs/llm-2024.pdf"));

        assertThat(text).contains("AI Report 2024", "Period: 2024", "Source file: llm-2024.md",
                "SHA-256: " + SampleRuns.twoEditions().reports().get(1).sourceSha256().substring(0, 12),
                "Run: 20261128-120000-abcdef12", "Generated: 2026-11-28 12:00 UTC");
        assertThat(text).contains("At a glance", "Sections: 3",
                "Themes covered: Model scaling, Multimodal capabilities, Open-source models",
                "Most-mentioned entities: Google (3 sections), OpenAI (3 sections)");
        // a count of one says nothing, and a score beside a correct theme makes it look doubtful
        assertThat(text).doesNotContain("(1)", "score");
        assertThat(text).containsSubsequence("1. Continued Model Scaling", "Theme: Model scaling",
                "Summary of Continued Model Scaling. It matters.", "Key terms: term one, term two",
                "Entities: OpenAI, Google", "Sectors: education",
                "2. Multimodal Capabilities", "3. Open Source Initiatives");
    }

    @Test
    void briefOutlineHasOneEntryPerSectionPointingAtItsPage() throws IOException {
        writer.write(PdfFixtures.longReport(40, 12), runDir);

        try (PDDocument doc = Loader.loadPDF(runDir.resolve("briefs/long-2025.pdf").toFile())) {
            List<PDOutlineItem> items = new ArrayList<>();
            doc.getDocumentCatalog().getDocumentOutline().children().forEach(items::add);
            assertThat(items).hasSize(40);
            for (int i = 0; i < items.size(); i++) {
                PDOutlineItem item = items.get(i);
                String heading = (i + 1) + ". Trend number " + (i + 1);
                assertThat(item.getTitle()).isEqualTo(heading);
                PDPage target = item.findDestinationPage(doc);
                int pageNo = doc.getPages().indexOf(target) + 1;
                assertThat(PdfFixtures.pageText(doc, pageNo)).as("page of %s", heading).contains(heading + "\n");
            }
        }
    }

    @Test
    void longReportPaginatesWithPageXOfYOnEveryPage() throws IOException {
        List<WrittenOutput> outputs = writer.write(PdfFixtures.longReport(40, 12), runDir);

        try (PDDocument doc = Loader.loadPDF(runDir.resolve("briefs/long-2025.pdf").toFile())) {
            int pages = doc.getNumberOfPages();
            assertThat(pages).isGreaterThan(10);
            assertThat(outputs.get(0).counters()).containsEntry("pages", (long) pages);
            for (int p = 1; p <= pages; p++) {
                assertThat(PdfFixtures.pageText(doc, p))
                        .contains("Page " + p + " of " + pages, "A Very Long Trend Report (2025)",
                                "Run 20260101-000000-test");
            }
            // every section appears exactly once, in order
            String text = PdfFixtures.text(runDir.resolve("briefs/long-2025.pdf"));
            List<String> headings = new ArrayList<>();
            for (int i = 1; i <= 40; i++) {
                headings.add(i + ". Trend number " + i + "\n");
            }
            assertThat(text).containsSubsequence(headings);
        }
    }

    @Test
    void fontIsAnEmbeddedUnicodeSubset() throws IOException {
        writer.write(SampleRuns.twoEditions(), runDir);

        for (String file : List.of("briefs/llm-2023.pdf", "digest.pdf")) {
            try (PDDocument doc = Loader.loadPDF(runDir.resolve(file).toFile())) {
                for (PDPage page : doc.getPages()) {
                    for (COSName name : page.getResources().getFontNames()) {
                        PDFont font = page.getResources().getFont(name);
                        assertThat(font).isInstanceOf(PDType0Font.class);
                        assertThat(font.isEmbedded()).isTrue();
                        assertThat(font.getName()).matches("[A-Z]{6}\\+DejaVuSans(-Bold)?");
                    }
                }
            }
        }
    }

    @Test
    void documentInfoDescribesTheBrief() throws IOException {
        writer.write(SampleRuns.twoEditions(), runDir);

        try (PDDocument doc = Loader.loadPDF(runDir.resolve("briefs/llm-2024.pdf").toFile())) {
            PDDocumentInformation info = doc.getDocumentInformation();
            assertThat(info.getTitle()).isEqualTo("AI Report 2024");
            assertThat(info.getAuthor()).isEqualTo("Trend Desk");
            assertThat(info.getSubject()).contains("AI Report 2024");
            assertThat(info.getKeywords())
                    .isEqualTo("Model scaling, Multimodal capabilities, Open-source models");
            Calendar created = info.getCreationDate();
            assertThat(created.toInstant()).isEqualTo(SampleRuns.twoEditions().run().startedAt());
        }
    }

    @Test
    void letterSettingGivesLetterPages() throws IOException {
        new PdfOutput(new PdfSettings(PageFormat.LETTER, "")).write(SampleRuns.twoEditions(), runDir);

        try (PDDocument doc = Loader.loadPDF(runDir.resolve("digest.pdf").toFile())) {
            assertThat(doc.getPage(0).getMediaBox().getWidth()).isEqualTo(612f);
            assertThat(doc.getDocumentInformation().getAuthor()).isNull();
        }
    }

    @Test
    void sameRunGivesSameBytes() throws IOException {
        InMemoryRunSnapshot run = SampleRuns.twoEditions();
        Path first = Files.createDirectories(runDir.resolve("a"));
        Path second = Files.createDirectories(runDir.resolve("b"));
        writer.write(run, first);
        new PdfOutput(new PdfSettings(PageFormat.A4, "Trend Desk")).write(run, second);

        for (String file : List.of("briefs/llm-2023.pdf", "briefs/llm-2024.pdf", "digest.pdf")) {
            assertThat(Files.readAllBytes(second.resolve(file))).as(file)
                    .isEqualTo(Files.readAllBytes(first.resolve(file)));
        }
    }

    @Test
    void briefsWrittenInSlicesOnTwoThreadsEqualOneSequentialWrite() throws Exception {
        InMemoryRunSnapshot run = manyReports(12);
        Path sequential = Files.createDirectories(runDir.resolve("one"));
        Path sliced = Files.createDirectories(runDir.resolve("two"));
        BriefWriter briefs = new BriefWriter(PdfSettings.defaults());
        List<WrittenOutput> expected = briefs.write(run, sequential);

        List<WrittenOutput> outputs = onTwoThreads(briefs, run, sliced);

        assertThat(outputs).extracting(WrittenOutput::path).startsWith("briefs/r01.pdf", "briefs/r02.pdf");
        assertThat(outputs).containsExactlyElementsOf(expected);
        for (WrittenOutput o : outputs) {
            assertThat(Files.readAllBytes(sliced.resolve(o.path()))).as(o.path())
                    .isEqualTo(Files.readAllBytes(sequential.resolve(o.path())));
        }
    }

    @Test
    void fontsAreParsedOncePerConcurrentDocumentNotPerBrief() throws Exception {
        BriefWriter briefs = new BriefWriter(PdfSettings.defaults());
        onTwoThreads(briefs, manyReports(3), Files.createDirectories(runDir.resolve("warm-up")));
        FontFace regular = PdfFonts.load().faceFor('a', false);
        int before = regular.parses();

        onTwoThreads(briefs, manyReports(30), Files.createDirectories(runDir.resolve("run")));

        // two brief threads and the digest: at most three parsed copies ever, however many briefs
        assertThat(regular.parses()).isLessThanOrEqualTo(Math.max(before, 3));
    }

    /** The two halves of the run's reports written at once, as two partitions of the briefs step are. */
    private static List<WrittenOutput> onTwoThreads(BriefWriter briefs, InMemoryRunSnapshot run, Path dir)
            throws Exception {
        int half = run.reports().size() / 2;
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<List<WrittenOutput>> first = pool.submit(() -> briefs.write(RunSlice.range(run, 0, half), dir));
            Future<List<WrittenOutput>> second = pool.submit(() -> briefs.write(
                    RunSlice.range(run, half, Integer.MAX_VALUE), dir));
            List<WrittenOutput> all = new ArrayList<>(first.get());
            all.addAll(second.get());
            return all;
        } finally {
            pool.shutdownNow();
        }
    }

    static InMemoryRunSnapshot manyReports(int count) {
        List<io.trendreports.model.TrendRecord> records = new ArrayList<>();
        String[] themes = {"model-scaling", "multimodal", "regulation", "open-source"};
        for (int r = 1; r <= count; r++) {
            String id = String.format(java.util.Locale.ROOT, "r%02d", r);
            for (int s = 1; s <= 5; s++) {
                records.add(SampleRuns.record(id, "Report " + r, Integer.toString(2000 + r), s, "Section " + s,
                        themes[(r + s) % themes.length], 20));
            }
        }
        return new InMemoryRunSnapshot(SampleRuns.THEMES, records);
    }

    @Test
    void oddReportIdsStayInsideTheBriefsFolder() {
        assertThat(BriefWriter.fileNameOf("../../etc/passwd")).isEqualTo("etc-passwd.pdf");
        assertThat(BriefWriter.fileNameOf("llm-2024")).isEqualTo("llm-2024.pdf");
        assertThat(BriefWriter.fileNameOf("")).isEqualTo("report.pdf");
    }
}
