package io.trendreports.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import io.trendreports.model.InMemoryRunSnapshot;
import io.trendreports.model.SampleRuns;
import io.trendreports.model.WrittenOutput;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Hindi and Telugu reports get readable briefs with the bundled Noto faces, and Latin reports never read them. */
class IndicBriefTest {

    @TempDir
    Path runDir;

    private final PdfOutput writer = new PdfOutput(PdfSettings.defaults());

    static Stream<Arguments> reports() {
        return Stream.of(
                Arguments.of("hi", IndicReports.hindi(), "NotoSansDevanagari-Regular",
                        List.of(IndicReports.HI_TITLE, IndicReports.HI_OPEN_TITLE, IndicReports.HI_HEALTH_TITLE,
                                IndicReports.HI_RULES_TITLE, IndicReports.HI_OPEN, IndicReports.HI_HEALTH,
                                IndicReports.HI_RULES, "भारतीय प्रौद्योगिकी संस्थान")),
                Arguments.of("te", IndicReports.telugu(), "NotoSansTelugu-Regular",
                        List.of(IndicReports.TE_TITLE, IndicReports.TE_OPEN_TITLE, IndicReports.TE_FARM_TITLE,
                                IndicReports.TE_PUBLIC_TITLE, IndicReports.TE_OPEN, IndicReports.TE_FARM,
                                "హైదరాబాద్ విశ్వవిద్యాలయం")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("reports")
    void everyCharacterIsDrawnAndTheWordsReadBack(String language, InMemoryRunSnapshot run, String face,
                                                  List<String> expected) throws IOException {
        List<WrittenOutput> outputs = writer.write(run, runDir);

        assertThat(outputs).allSatisfy(o -> assertThat(o.counters()).as(o.path())
                .containsEntry("replacedCharacters", 0L));
        // wrapped lines read back with line feeds (and maybe spaces) between them
        String brief = withoutWhitespace(PdfFixtures.text(runDir.resolve(outputs.get(0).path())));
        for (String text : expected) {
            assertThat(brief).contains(withoutWhitespace(text));
        }
        assertThat(brief).contains("1." + withoutWhitespace(expected.get(1)));
        assertThat(withoutWhitespace(PdfFixtures.text(runDir.resolve(DigestWriter.FILE))))
                .contains(withoutWhitespace(expected.get(0)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("reports")
    void scriptFaceIsEmbeddedAsASmallSubset(String language, InMemoryRunSnapshot run, String face,
                                            List<String> expected) throws IOException {
        List<WrittenOutput> outputs = writer.write(run, runDir);
        Path brief = runDir.resolve(outputs.get(0).path());

        try (PDDocument doc = Loader.loadPDF(brief.toFile())) {
            assertThat(PdfFixtures.fontNames(doc))
                    .allMatch(n -> n.matches("[A-Z]{6}\\+(DejaVuSans(-Bold)?|" + face + ")"))
                    .anyMatch(n -> n.endsWith("+" + face));
        }
        assertThat(Files.size(brief)).isLessThan(120_000);
    }

    @Test
    void shapedRunsCarryTheirTextInlineAsEveryExtractorReadsIt() throws IOException {
        List<WrittenOutput> outputs = writer.write(IndicReports.hindi(), runDir);

        try (PDDocument doc = Loader.loadPDF(runDir.resolve(outputs.get(0).path()).toFile())) {
            var page = doc.getPage(0);
            String content = new String(page.getContents().readAllBytes(), java.nio.charset.StandardCharsets.ISO_8859_1);
            assertThat(content).contains("/Span <</ActualText <FEFF");
            // not one named property list per span in the page's resources
            assertThat(page.getResources().getPropertiesNames()).isEmpty();
        }
    }

    @Test
    void devanagariIsShapedByPdfBoxAndTeluguHereBothMeasuredAsDrawn() {
        PdfFonts fonts = PdfFonts.load();
        FontFace devanagari = fonts.faceFor('\u0915', false);
        FontFace telugu = fonts.faceFor('\u0C15', false);

        // PDFBox has a Devanagari shaper (conjuncts, half forms, reph, the i sign moved before its consonant)
        assertThat(devanagari.shapes()).isTrue();
        assertThat(devanagari.drawsOwnGlyphs()).isFalse();
        // क्ष is one conjunct glyph, narrower than क, the virama and ष side by side
        String ksha = "\u0915\u094D\u0937";
        float unshaped = devanagari.advance('\u0915') + devanagari.advance('\u094D') + devanagari.advance('\u0937');
        assertThat(devanagari.advance(ksha)).isLessThan(unshaped);
        assertThat(fonts.width(ksha, 10)).isEqualTo(devanagari.advance(ksha) * 10);

        // PDFBox has none for Telugu: కి is one glyph (the sign takes the tick's place), త్ర a base and a subscript
        assertThat(telugu.shapes()).isFalse();
        assertThat(telugu.drawsOwnGlyphs()).isTrue();
        assertThat(telugu.ownGlyphs("\u0C15\u0C3F")).hasSize(1);
        assertThat(telugu.ownGlyphs("\u0C24\u0C4D\u0C30")).hasSize(2);
        assertThat(telugu.ownGlyphs("\u0C15\u0C4D\u0C37")).hasSize(1);
        assertThat(fonts.width("\u0C15\u0C3F", 10)).isEqualTo(telugu.advance("\u0C15\u0C3F") * 10);
        // Kannada is built alike: ತ್ರ is a base and a subscript there too
        assertThat(fonts.faceFor('\u0C95', false).ownGlyphs("\u0CA4\u0CCD\u0CB0")).hasSize(2);
    }

    @Test
    void latinBriefReadsNoneOfTheScriptFaces() throws IOException {
        PdfFonts fonts = PdfFonts.load();
        writer.write(SampleRuns.twoEditions(), runDir);

        assertThat(fonts.canDraw('A')).isTrue();
        assertThat(fonts.faces()).extracting(FontFace::name).noneMatch(n -> n.startsWith("NotoSans"));
        try (PDDocument doc = Loader.loadPDF(runDir.resolve("briefs/llm-2024.pdf").toFile())) {
            assertThat(PdfFixtures.fontNames(doc)).noneMatch(n -> n.contains("Noto"));
        }
    }

    @Test
    void bengaliGujaratiGurmukhiOdiaTamilKannadaMalayalamAndThaiAreDrawnAndReadBack() throws IOException {
        List<WrittenOutput> outputs = writer.write(IndicReports.otherScripts(), runDir);

        assertThat(outputs).allSatisfy(o -> assertThat(o.counters()).as(o.path())
                .containsEntry("replacedCharacters", 0L));
        String brief = withoutWhitespace(PdfFixtures.text(runDir.resolve(outputs.get(0).path())));
        for (List<String> script : IndicReports.OTHER_SCRIPTS) {
            assertThat(brief).as(script.get(0)).contains(withoutWhitespace(script.get(1)), withoutWhitespace(script.get(2)));
        }
    }

    @Test
    void anyMixOfIndicLettersAndSignsIsDrawnWithoutFailing() throws IOException {
        // signs with no letter before them, viramas at word ends, reph without a consonant after it
        java.util.Random random = new java.util.Random(14);
        int[][] blocks = {{0x0900, 0x097F}, {0x0A80, 0x0AFF}, {0x0980, 0x09FF}, {0x0B80, 0x0BFF}, {0x0C00, 0x0C7F},
                {0x0D00, 0x0D7F}, {0x0A00, 0x0A7F}};
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 3000; i++) {
            int[] block = blocks[random.nextInt(blocks.length)];
            text.appendCodePoint(random.nextInt(8) == 0 ? ' ' : block[0] + random.nextInt(block[1] - block[0] + 1));
        }
        InMemoryRunSnapshot run = PdfFixtures.single(PdfFixtures.record("mix", "मिश्रण", 1, text.substring(0, 80),
                "other", text.toString(), List.of("र्")));

        List<WrittenOutput> outputs = writer.write(run, runDir);

        try (PDDocument doc = Loader.loadPDF(runDir.resolve(outputs.get(0).path()).toFile())) {
            HostileTextTest.assertInsideMargins(doc);
        }
    }

    private static String withoutWhitespace(String text) {
        return text.replaceAll("[\\s\u200C]+", "");
    }
}
