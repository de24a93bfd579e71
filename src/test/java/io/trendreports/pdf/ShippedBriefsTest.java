package io.trendreports.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.trendreports.model.InMemoryRunSnapshot;
import io.trendreports.model.ReportInfo;
import io.trendreports.model.TrendRecord;
import io.trendreports.samples.ShippedSamples;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The briefs of the two shipped reports as a reader turns their pages. */
class ShippedBriefsTest {

    @TempDir
    static Path runDir;

    private static InMemoryRunSnapshot run;

    @BeforeAll
    static void writeBriefs() throws IOException {
        run = ShippedSamples.shipped();
        new BriefWriter(PdfSettings.defaults()).write(run, runDir);
    }

    @Test
    void theShippedBriefsTakeAtMostThreeOrFourPagesWithNoPageLeftHalfEmpty() throws IOException {
        // one page per section's worth used to give the 2024 brief 4 pages and the 2023 one 3; sections that
        // flow take the 2024 brief's 10 sections to 3 pages, and its headlines (8 lines) to a fourth
        assertThat(pages("ai-llm-trends-2023-illustrative")).isLessThanOrEqualTo(3);
        assertThat(pages("ai-llm-trends-2024")).isLessThanOrEqualTo(4);
        for (ReportInfo report : run.reports()) {
            try (PDDocument doc = open(report.reportId())) {
                for (int page = 1; page < doc.getNumberOfPages(); page++) {
                    assertThat(fill(doc, page)).as("%s page %d filled", report.reportId(), page)
                            .isGreaterThan(0.75f);
                }
            }
        }
    }

    @Test
    void everySectionOfTheShippedReportsStaysOnOnePage() throws IOException {
        for (ReportInfo report : run.reports()) {
            List<TrendRecord> records = run.recordsOf(report.reportId());
            try (PDDocument doc = open(report.reportId())) {
                List<String> pages = new ArrayList<>();
                for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                    pages.add(PdfFixtures.pageText(doc, p));
                }
                for (int i = 0; i < records.size(); i++) {
                    String heading = BriefRenderer.sectionTitle(records.get(i)) + "\n";
                    int start = TableOfContentsTest.pageOf(pages, heading.strip());
                    String summaryEnd = lastWords(records.get(i).summary());
                    int end = pageWith(pages, summaryEnd, start);
                    assertThat(end).as("%s section %d ends where it starts", report.reportId(), i + 1)
                            .isEqualTo(start);
                }
            }
        }
    }

    @Test
    void theRunningHeaderSaysThePeriodOnceAndTheBriefNoCountsOfOneOrScores() throws IOException {
        String text = PdfFixtures.text(runDir.resolve("briefs/ai-llm-trends-2024.pdf"));
        assertThat(text).contains("Comprehensive Report on AI LLMs Development in 2024\n")
                .doesNotContain("2024 (2024)", "(1)", "score");
        String illustrative = PdfFixtures.text(runDir.resolve("briefs/ai-llm-trends-2023-illustrative.pdf"));
        assertThat(illustrative).contains("Most-mentioned entities: GPT-4 (2 sections), ")
                .doesNotContain("(2023)", "(1)", "score");
    }

    private static int pageWith(List<String> pages, String text, int from) {
        for (int p = from - 1; p < pages.size(); p++) {
            // a line may break after the hyphen of "AI-generated"
            if (pages.get(p).replaceAll("\\s+", "").contains(text.replaceAll("\\s+", ""))) {
                return p + 1;
            }
        }
        throw new AssertionError("not found: " + text);
    }

    private static String lastWords(String text) {
        String[] words = text.strip().split("\\s+");
        return String.join(" ", List.of(words).subList(Math.max(0, words.length - 3), words.length));
    }

    /** Share of the text area from its top down to the lowest line of text. */
    private static float fill(PDDocument doc, int page) throws IOException {
        float height = doc.getPage(page - 1).getMediaBox().getHeight();
        float top = LayoutWriter.MARGIN_TOP;
        float bottom = height - LayoutWriter.MARGIN_BOTTOM;
        float lowest = top;
        for (TextPosition p : TextPositions.of(doc, page)) {
            // the running footer sits below the text area
            if (p.getYDirAdj() < bottom) {
                lowest = Math.max(lowest, p.getYDirAdj());
            }
        }
        return (lowest - top) / (bottom - top);
    }

    private static int pages(String reportId) throws IOException {
        try (PDDocument doc = open(reportId)) {
            return doc.getNumberOfPages();
        }
    }

    private static PDDocument open(String reportId) throws IOException {
        return Loader.loadPDF(runDir.resolve(BriefWriter.pathOf(reportId)).toFile());
    }
}
