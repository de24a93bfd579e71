package io.trendreports.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import io.trendreports.model.ReportInfo;
import io.trendreports.model.RunSnapshot;
import io.trendreports.samples.ShippedSamples;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.filespecification.PDFileSpecification;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionRemoteGoTo;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDNamedDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The digest of the shipped inputs opens with one page on what changed from 2023 to 2024, every
 * statement checked against {@code input/} by hand and linked to the brief section that says it.
 */
class DigestOpeningPageTest {

    @TempDir
    static Path runDir;

    @BeforeAll
    static void writePdfs() throws IOException {
        new PdfOutput(PdfSettings.defaults()).write(ShippedSamples.shipped(), runDir);
    }

    @Test
    void theFirstPageSaysWhatChangedFrom2023To2024AndTheRestOfTheDigestFollows() throws IOException {
        try (PDDocument doc = Loader.loadPDF(runDir.resolve("digest.pdf").toFile())) {
            String first = PdfFixtures.pageText(doc, 1).replace("\n", " ");
            // each checked against input/: 2023 has no section on energy, real time, languages or collaboration
            assertThat(first).containsSubsequence("AI LLMs: what changed from 2023 to 2024", "New themes",
                    "Energy efficiency: 1 section, not in the previous edition. \u2192 briefs/ai-llm-trends-2024.pdf, "
                            + "\u00a75 Energy Efficiency Improvements",
                    "Real-time applications: 1 section", "\u00a77 Real-time Applications",
                    "Cross-lingual processing: 1 section", "\u00a79 Cross-lingual Processing",
                    "Human-AI collaboration: 1 section", "\u00a710 Human-AI Collaboration",
                    // the six themes both editions cover, each one section in both
                    "Steady", "Model scaling, Multimodal capabilities, Fine-tuning and adaptation, Ethics and bias "
                            + "mitigation, Open-source models, Regulation and policy: about the same weight",
                    // 2024's section 1 names GPT-5 and PaLM 3; 2023 names GPT-4 and PaLM 2 there, neither in 2024
                    "Newly named", "GPT-5, PaLM 3", "\u00a71 Continued Model Scaling",
                    "No longer named", "GPT-4, PaLM 2", "briefs/ai-llm-trends-2023-illustrative.pdf, \u00a71 Bigger",
                    "LoRA", "Meta, Mistral AI", "Llama 2", "European Union", "United States", "AI Act",
                    "Numbers in 2024", "hundreds of billions of parameters. \u2192 briefs/ai-llm-trends-2024.pdf, "
                            + "\u00a71 Continued Model Scaling");
            // "other" (what no theme fits) is never a finding; no section count alone makes a theme weaker
            assertThat(first).doesNotContain("Other", "Weakened", "Strengthened");
            assertThat(PdfFixtures.pageText(doc, 2)).startsWith("AI LLMs\n#1 AI LLMs Development in 2023");
        }
    }

    @Test
    void everyPointerOpensItsBriefAtTheSectionItNames() throws IOException {
        try (PDDocument doc = Loader.loadPDF(runDir.resolve("digest.pdf").toFile())) {
            PDPage first = doc.getPage(0);
            // a pointer wrapped over two lines is a link on each line; together they name the section
            Map<String, String> textOf = new LinkedHashMap<>();
            for (PDAnnotation a : first.getAnnotations()) {
                if (!(a instanceof PDAnnotationLink link) || !(link.getAction() instanceof PDActionRemoteGoTo remote)) {
                    continue;
                }
                assertThat(link.isPrinted()).isTrue();
                PDFileSpecification spec = remote.getFile();
                String key = spec.getFile() + "#" + ((COSString) remote.getD()).getString();
                textOf.merge(key, TableOfContentsTest.textUnder(first, link), (x, y) -> x + " " + y);
            }
            List<String> checked = new ArrayList<>(textOf.keySet());
            for (Map.Entry<String, String> pointer : textOf.entrySet()) {
                String file = pointer.getKey().substring(0, pointer.getKey().indexOf('#'));
                String destination = pointer.getKey().substring(file.length() + 1);
                String section = destination.replace("section-", "");
                assertThat(pointer.getValue()).as("the link's text names its section").contains("\u00a7" + section);
                try (PDDocument brief = Loader.loadPDF(runDir.resolve(file).toFile())) {
                    PDPageDestination target = brief.getDocumentCatalog()
                            .findNamedDestinationPage(new PDNamedDestination(destination));
                    assertThat(target).as("%s in %s", destination, file).isNotNull();
                    // the headlines and the contents name the section too, before the page it starts on
                    List<String> pages = TableOfContentsTest.pages(brief);
                    int headingPage = 0;
                    for (int p = 0; p < pages.size(); p++) {
                        if (Pattern.compile("(?m)^" + section + "\\. ").matcher(pages.get(p)).find()) {
                            headingPage = p + 1;
                        }
                    }
                    assertThat(brief.getPages().indexOf(target.getPage()) + 1).as("%s of %s", destination, file)
                            .isEqualTo(headingPage);
                }
            }
            assertThat(checked).contains("briefs/ai-llm-trends-2024.pdf#section-5",
                    "briefs/ai-llm-trends-2024.pdf#section-1", "briefs/ai-llm-trends-2023-illustrative.pdf#section-3");
        }
    }

    @Test
    void aTopicWithOneEditionOpensWithItsHeadlinesAndNumbers(@TempDir Path dir) throws IOException {
        Path input = Files.createDirectories(dir.resolve("input"));
        Files.copy(Path.of("input/ai-llm-trends-2024.md"), input.resolve("ai-llm-trends-2024.md"));
        new PdfOutput(PdfSettings.defaults()).write(ShippedSamples.of(input), dir);

        try (PDDocument doc = Loader.loadPDF(dir.resolve("digest.pdf").toFile())) {
            String first = PdfFixtures.pageText(doc, 1).replace("\n", " ");
            assertThat(first).containsSubsequence("AI LLMs: headlines of 2024", "nothing to compare yet", "Headlines",
                    "Continued Model Scaling: hundreds of billions of parameters", "\u00a71 Continued Model Scaling",
                    "Numbers in 2024").doesNotContain("New themes", "Steady", "Newly named");
        }
    }

    @Test
    void anEditionRememberedFromAnEarlierRunIsNamedButNotLinked(@TempDir Path dir) throws IOException {
        RunSnapshot shipped = ShippedSamples.shipped();
        RunSnapshot remembered = new RunSnapshot() {
            public io.trendreports.model.RunInfo run() {
                return shipped.run();
            }

            public List<ReportInfo> reports() {
                // the 2023 file is gone from the input folder: its brief is in the run that read it
                return shipped.reports().stream().map(r -> r.edition() != 1 ? r : new ReportInfo(r.reportId(),
                        r.title(), r.period(), r.language(), r.sourceFile(), r.sourceSha256(), r.sections(), r.words(),
                        r.edition(), r.topic(), r.topicLabel(), true)).toList();
            }

            public List<io.trendreports.model.InputFile> inputs() {
                return shipped.inputs();
            }

            public List<io.trendreports.model.Theme> themes() {
                return shipped.themes();
            }

            public List<io.trendreports.model.TrendRecord> recordsOf(String reportId) {
                return shipped.recordsOf(reportId);
            }

            public void forEachRecord(java.util.function.Consumer<io.trendreports.model.TrendRecord> action) {
                shipped.forEachRecord(action);
            }

            public List<io.trendreports.model.ThemeShare> themeShares() {
                return shipped.themeShares();
            }
        };
        new DigestWriter(PdfSettings.defaults()).write(remembered, dir);

        try (PDDocument doc = Loader.loadPDF(dir.resolve("digest.pdf").toFile())) {
            String first = PdfFixtures.pageText(doc, 1).replace("\n", " ");
            assertThat(first).contains("GPT-4, PaLM 2", "\u2192 the brief of the 2023 edition, in the earlier run that"
                    + " read it: \u00a71 Bigger Models");
            for (PDAnnotation a : doc.getPage(0).getAnnotations()) {
                if (a instanceof PDAnnotationLink link && link.getAction() instanceof PDActionRemoteGoTo remote) {
                    assertThat(remote.getFile().getFile()).isEqualTo("briefs/ai-llm-trends-2024.pdf");
                }
            }
            assertThat(PdfFixtures.pageText(doc, 2)).contains("(remembered: no longer in the input folder)");
        }
    }
}
