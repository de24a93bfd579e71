package io.trendreports.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import io.trendreports.model.SampleRuns;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.xml.DomXmpParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** Briefs and digest are archived for years: they must be valid PDF/A-2b and describe themselves. */
class PdfArchiveTest {

    @TempDir
    Path runDir;

    @BeforeAll
    static void veraPdf() {
        VeraGreenfieldFoundryProvider.initialise();
    }

    @Test
    void briefsAndDigestPassVeraPdfForPdfA2b() throws Exception {
        new PdfOutput(new PdfSettings(PageFormat.A4, "Trend Desk")).write(SampleRuns.twoEditions(), runDir);
        new PdfOutput(PdfSettings.defaults()).write(PdfFixtures.longReport(30, 4), runDir.resolve("long"));
        Path cjk = Path.of(getClass().getResource("/fonts/NotoSansSC-subset.ttf").toURI());
        new PdfOutput(PdfSettings.defaults().withFallbackFonts(List.of(cjk)))
                .write(HostileTextTest.hostileRun(), runDir.resolve("hostile"));

        // the shipped inputs: a digest whose opening page links into the briefs (GoToR), briefs with headlines
        new PdfOutput(PdfSettings.defaults()).write(io.trendreports.samples.ShippedSamples.shipped(),
                runDir.resolve("shipped"));

        for (String file : List.of("briefs/llm-2024.pdf", "digest.pdf", "long/briefs/long-2025.pdf",
                "hostile/briefs/mixed.pdf", "shipped/digest.pdf", "shipped/briefs/ai-llm-trends-2024.pdf")) {
            assertThat(failures(runDir.resolve(file))).as(file).isEmpty();
        }
    }

    @Test
    void chineseJapaneseAndKoreanBriefsAndDigestsPassVeraPdfForPdfA2b() throws Exception {
        PdfOutput writer = new PdfOutput(PdfSettings.defaults());
        writer.write(CjkReports.chinese(), runDir.resolve("zh"));
        writer.write(CjkReports.japanese(), runDir.resolve("ja"));
        writer.write(CjkReports.korean(), runDir.resolve("ko"));

        for (String file : List.of("zh/briefs/zh-2025.pdf", "zh/digest.pdf", "ja/briefs/ja-2025.pdf", "ja/digest.pdf",
                "ko/briefs/ko-2025.pdf", "ko/digest.pdf")) {
            assertThat(failures(runDir.resolve(file))).as(file).isEmpty();
        }
    }

    @Test
    void indicAndThaiBriefsAndDigestsPassVeraPdfForPdfA2b() throws Exception {
        // shaped runs (substituted glyphs, ActualText spans), unshaped ones, and reordered ones (Tamil, Malayalam)
        PdfOutput writer = new PdfOutput(PdfSettings.defaults());
        writer.write(IndicReports.hindi(), runDir.resolve("hi"));
        writer.write(IndicReports.telugu(), runDir.resolve("te"));
        writer.write(IndicReports.otherScripts(), runDir.resolve("scripts"));

        for (String file : List.of("hi/briefs/hi-2025.pdf", "hi/digest.pdf", "te/briefs/te-2025.pdf", "te/digest.pdf",
                "scripts/briefs/scripts-2025.pdf")) {
            assertThat(failures(runDir.resolve(file))).as(file).isEmpty();
        }
    }

    @Test
    void validatorRejectsAPlainPdf() throws Exception {
        // guards the test above: a PDF without XMP or output intent must not pass
        Path plain = runDir.resolve("plain.pdf");
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            doc.save(plain.toFile());
        }
        assertThat(failures(plain)).isNotEmpty();
    }

    @Test
    void infoAndXmpCarryTitleAuthorKeywordsDatesAndProvenance() throws Exception {
        new PdfOutput(new PdfSettings(PageFormat.A4, "Trend Desk")).write(SampleRuns.twoEditions(), runDir);

        try (PDDocument doc = Loader.loadPDF(runDir.resolve("briefs/llm-2024.pdf").toFile())) {
            PDDocumentInformation info = doc.getDocumentInformation();
            assertThat(info.getCustomMetadataValue("RunId")).isEqualTo("20261128-120000-abcdef12");
            assertThat(info.getCustomMetadataValue("SourceSHA256"))
                    .isEqualTo(SampleRuns.twoEditions().reports().get(1).sourceSha256());
            XMPMetadata xmp;
            try (InputStream in = doc.getDocumentCatalog().getMetadata().exportXMPMetadata()) {
                xmp = new DomXmpParser().parse(in.readAllBytes());
            }
            assertThat(xmp.getDublinCoreSchema().getTitle()).isEqualTo("AI Report 2024");
            assertThat(xmp.getDublinCoreSchema().getCreators()).containsExactly("Trend Desk");
            assertThat(xmp.getDublinCoreSchema().getSubjects())
                    .containsExactly("Model scaling", "Multimodal capabilities", "Open-source models");
            assertThat(xmp.getAdobePDFSchema().getKeywords()).isEqualTo(info.getKeywords());
            assertThat(xmp.getXMPBasicSchema().getCreateDate().toInstant())
                    .isEqualTo(SampleRuns.twoEditions().run().startedAt());
            assertThat(xmp.getPDFAIdentificationSchema().getPart()).isEqualTo(2);
            assertThat(xmp.getPDFAIdentificationSchema().getConformance()).isEqualTo("B");
            assertThat(doc.getDocumentCatalog().getOutputIntents()).singleElement()
                    .satisfies(i -> assertThat(i.getOutputConditionIdentifier()).isEqualTo("sRGB IEC61966-2.1"));
        }
        try (PDDocument doc = Loader.loadPDF(runDir.resolve("digest.pdf").toFile())) {
            assertThat(doc.getDocumentInformation().getCustomMetadataValue("RunId"))
                    .isEqualTo("20261128-120000-abcdef12");
        }
    }

    /** Failed PDF/A rules, one line each; empty when the file is compliant. */
    static List<String> failures(Path pdf) throws Exception {
        try (InputStream in = Files.newInputStream(pdf);
             PDFAParser parser = Foundries.defaultInstance().createParser(in, PDFAFlavour.PDFA_2_B);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_2_B, false)) {
            ValidationResult result = validator.validate(parser);
            List<String> failed = result.getTestAssertions().stream()
                    .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                    .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + ": "
                            + a.getMessage())
                    .distinct().collect(Collectors.toList());
            if (failed.isEmpty() && !result.isCompliant()) {
                failed.add("not compliant, no failed assertion reported");
            }
            return failed;
        }
    }
}
