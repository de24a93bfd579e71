package io.trendreports.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.trendreports.model.Headlines;
import io.trendreports.model.InMemoryRunSnapshot;
import io.trendreports.samples.ShippedSamples;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The briefs of the shipped reports open with their headline trends, as a reader sees them. */
class BriefHeadlinesTest {

    @TempDir
    static Path runDir;

    @BeforeAll
    static void writeBriefs() throws IOException {
        InMemoryRunSnapshot run = ShippedSamples.shipped();
        new BriefWriter(PdfSettings.defaults()).write(run, runDir);
    }

    @Test
    void theHeadlinesFollowTheTitleBlockOneLineEachWithTheSectionsMostSpecificFact() throws IOException {
        try (PDDocument doc = open("ai-llm-trends-2024")) {
            String first = PdfFixtures.pageText(doc, 1);
            assertThat(first).containsSubsequence("Comprehensive Report on AI LLMs\nDevelopment in 2024", "Generated:",
                    "Headlines", "At a glance", "Contents");
            String block = first.substring(first.indexOf("Headlines\n") + 10, first.indexOf("At a glance"));
            List<String> lines = block.strip().lines().toList();
            // ten sections: the eight a reader sees at a glance, every line a section of the report
            assertThat(lines).hasSize(Headlines.MAX).allMatch(l -> l.matches("\\d+\\. .+"));
            // the section's metric and the models it names, as section 1 of input/ai-llm-trends-2024.md says
            assertThat(lines.get(0)).startsWith("1. Continued Model Scaling: hundreds of billions of parameters; ")
                    .contains("GPT-5");
            // the sections 2023 has no theme for are marked; a theme 2023 covers is not
            assertThat(block).contains("5. Energy Efficiency Improvements (new theme)",
                    "7. Real-time Applications (new theme)", "9. Cross-lingual Processing (new theme)",
                    "10. Human-AI Collaboration (new theme)");
            assertThat(lines.get(0)).doesNotContain("new theme");
            assertThat(lines).filteredOn(l -> l.contains("(new theme)")).hasSize(4);
        }
    }

    @Test
    void aFirstEditionMarksNoThemeAsNew() throws IOException {
        try (PDDocument doc = open("ai-llm-trends-2023-illustrative")) {
            String first = PdfFixtures.pageText(doc, 1);
            String block = first.substring(first.indexOf("Headlines\n"), first.indexOf("At a glance"));
            // seven sections: every one has its line
            assertThat(block.strip().lines().skip(1)).hasSize(7);
            assertThat(block).contains("1. Bigger Models, Bigger Budgets: ").doesNotContain("new theme");
        }
    }

    @Test
    void everyHeadlineLinksToThePageItsSectionStartsOnAndStaysOnOneLine() throws IOException {
        try (PDDocument doc = open("ai-llm-trends-2024")) {
            List<String> pages = TableOfContentsTest.pages(doc);
            PDPage first = doc.getPage(0);
            List<PDAnnotationLink> headlineLinks = new ArrayList<>();
            for (PDAnnotation a : first.getAnnotations()) {
                if (a instanceof PDAnnotationLink link) {
                    headlineLinks.add(link);
                }
            }
            // the contents on page 1 link too; the headlines come first, top down
            headlineLinks.sort((a, b) -> Float.compare(b.getRectangle().getUpperRightY(), a.getRectangle().getUpperRightY()));
            for (PDAnnotationLink link : headlineLinks.subList(0, Headlines.MAX)) {
                String text = TableOfContentsTest.textUnder(first, link);
                assertThat(text).as("one line").doesNotContain("\n");
                String heading = text.replaceFirst(" \\(new theme\\).*|:.*", "");
                PDPageDestination destination = (PDPageDestination) ((PDActionGoTo) link.getAction()).getDestination();
                assertThat(doc.getPages().indexOf(destination.getPage()) + 1).as(heading)
                        .isEqualTo(TableOfContentsTest.pageOf(pages, heading));
            }
        }
    }

    @Test
    void eachSectionShowsItsNumbersAndItsEntitiesByKind() throws IOException {
        try (PDDocument doc = open("ai-llm-trends-2024")) {
            String text = String.join("", TableOfContentsTest.pages(doc));
            assertThat(text).contains("Numbers: hundreds of billions of parameters");
            assertThat(text).containsPattern("Entities: OpenAI, Google \\(organisations\\); GPT-5, PaLM 3 \\(models,\\s"
                    + "products or laws\\)");
        }
    }

    private static PDDocument open(String reportId) throws IOException {
        return Loader.loadPDF(runDir.resolve("briefs/" + reportId + ".pdf").toFile());
    }
}
