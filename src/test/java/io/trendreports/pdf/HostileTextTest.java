package io.trendreports.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Comparator;
import java.util.List;

import io.trendreports.model.InMemoryRunSnapshot;
import io.trendreports.model.WrittenOutput;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Input the font cannot draw or the page cannot hold must still give a readable PDF. */
class HostileTextTest {

    @TempDir
    Path runDir;

    private final PdfOutput writer = new PdfOutput(PdfSettings.defaults());

    @Test
    void bundledFontsDrawGreekCyrillicArabicHebrewAndChineseAndReplaceRareEmoji() throws IOException {
        List<WrittenOutput> outputs = writer.write(hostileRun(), runDir);

        WrittenOutput brief = outputs.get(0);
        // the globe in the title (drawn twice: header and running header), the rocket once
        assertThat(brief.counters()).containsEntry("replacedCharacters", 2L + 1);
        assertThat(brief.counters().get("strippedCharacters")).isGreaterThanOrEqualTo(3L);
        String text = PdfFixtures.text(runDir.resolve(brief.path()));
        assertThat(text).contains("caf\u00E9", "\u0394\u03B5\u03BB\u03C4\u03B1", "\u041C\u043E\u0441\u043A\u0432\u0430",
                "Zo\u00EB", "rockets and bells,", "1. Emoji \uD83D\uDE00 title", "\u4E2D\u56FD\u5E02\u573A",
                "\u963F\u91CC\u5DF4\u5DF4");
        // read back in logical order: the glyphs were drawn right to left
        assertThat(text).contains("\u0627\u0644\u0633\u0648\u0642", "\u05E9\u05DC\u05D5\u05DD");
        assertThat(text).doesNotContain("\u0007", "\u0000", "\uD83D\uDE80");
    }

    @Test
    void configuredFallbackFontComesBeforeTheBundledCjkFace() throws IOException, URISyntaxException {
        Path cjk = Path.of(HostileTextTest.class.getResource("/fonts/NotoSansSC-subset.ttf").toURI());
        PdfOutput withCjk = new PdfOutput(PdfSettings.defaults().withFallbackFonts(List.of(cjk)));

        List<WrittenOutput> outputs = withCjk.write(hostileRun(), runDir);

        // only the emoji no font has are left to replace
        assertThat(outputs.get(0).counters()).containsEntry("replacedCharacters", 3L);
        String text = PdfFixtures.text(runDir.resolve(outputs.get(0).path()));
        assertThat(text).contains("\u4E2D\u56FD\u5E02\u573A", "\u963F\u91CC\u5DF4\u5DF4");
        try (PDDocument doc = Loader.loadPDF(runDir.resolve(outputs.get(0).path()).toFile())) {
            // the configured font has every Chinese character of the brief, so the bundled one is not needed
            assertThat(PdfFixtures.fontNames(doc)).anyMatch(n -> n.matches("[A-Z]{6}\\+NotoSansSC.*"))
                    .noneMatch(n -> n.contains("DroidSansFallback"));
        }
    }

    @Test
    void arabicIsDrawnRightToLeftAndJoined() throws IOException {
        String arabic = "\u0627\u0644\u0633\u0648\u0642"; // "the market"
        List<WrittenOutput> outputs = writer.write(PdfFixtures.single(PdfFixtures.record("ar", "Arabic", 1,
                "Title", "other", arabic, List.of())), runDir);

        try (PDDocument doc = Loader.loadPDF(runDir.resolve(outputs.get(0).path()).toFile())) {
            List<TextPosition> glyphs = TextPositions.of(doc).stream()
                    .filter(p -> BidiText.hasRightToLeft(Normalizer.normalize(p.getUnicode(), Normalizer.Form.NFKC)))
                    .sorted(Comparator.comparingDouble(TextPosition::getXDirAdj)).toList();
            StringBuilder rightToLeft = new StringBuilder();
            for (int i = glyphs.size() - 1; i >= 0; i--) {
                rightToLeft.append(glyphs.get(i).getUnicode());
            }
            // first letter rightmost, and drawn with joined (presentation) forms, not isolated letters
            assertThat(Normalizer.normalize(rightToLeft.toString(), Normalizer.Form.NFKC)).isEqualTo(arabic);
            assertThat(rightToLeft.toString()).isNotEqualTo(arabic);
            // an Arabic paragraph is set against the right margin
            float right = doc.getPage(0).getMediaBox().getWidth() - LayoutWriter.MARGIN_X;
            TextPosition first = glyphs.get(glyphs.size() - 1);
            assertThat(first.getXDirAdj() + first.getWidthDirAdj()).isCloseTo(right, within(1f));
        }
    }

    @Test
    void unbrokenFiveThousandCharacterWordWrapsInsideTheMargins() throws IOException {
        String word = "x".repeat(2500) + "W".repeat(2500);
        List<WrittenOutput> outputs = writer.write(PdfFixtures.single(PdfFixtures.record("word", "Word", 1,
                "A title that is itself " + "unbroken".repeat(40), "other", "Before " + word + " after.",
                List.of(word))), runDir);

        try (PDDocument doc = Loader.loadPDF(runDir.resolve(outputs.get(0).path()).toFile())) {
            assertInsideMargins(doc);
            String text = PdfFixtures.text(runDir.resolve(outputs.get(0).path())).replaceAll("\\s", "")
                    // running header and footer sit between the pages' text, after the page number of
                    // the contents entry when the section starts on the contents page
                    .replaceAll("\\d*Word\\(2025\\)Run20260101-000000-testPage\\d+of\\d+", "");
            assertThat(text).contains("Before" + word + "after.");
        }
    }

    @Test
    void fiftyKilobyteSummaryFlowsOverManyPages() throws IOException {
        String sentence = "Fifty kilobytes of text must flow across pages without loss. ";
        String summary = sentence.repeat(50_000 / sentence.length());
        List<WrittenOutput> outputs = writer.write(PdfFixtures.single(PdfFixtures.record("big", "Big", 1,
                "Huge", "other", summary, List.of())), runDir);

        try (PDDocument doc = Loader.loadPDF(runDir.resolve(outputs.get(0).path()).toFile())) {
            assertThat(doc.getNumberOfPages()).isGreaterThan(5);
            assertInsideMargins(doc);
            String text = PdfFixtures.text(runDir.resolve(outputs.get(0).path())).replaceAll("\\s+", " ")
                    .replaceAll("Big \\(2025\\) Run 20260101-000000-test Page \\d+ of \\d+ ", "");
            assertThat(text.split("without loss\\.", -1)).hasSize(50_000 / sentence.length() + 1);
        }
    }

    @Test
    void emptyAndMissingFieldsStillGiveABrief() throws IOException {
        var r = PdfFixtures.record("empty", "", 1, "", "other", "", List.of());
        List<WrittenOutput> outputs = writer.write(PdfFixtures.single(r), runDir);

        assertThat(runDir.resolve(outputs.get(0).path())).isNotEmptyFile();
        assertThat(PdfFixtures.text(runDir.resolve(outputs.get(0).path()))).contains("1.", "Page 1 of 1");
    }

    static InMemoryRunSnapshot hostileRun() {
        String summary = "Growth in \u4E2D\u56FD\u5E02\u573A and \u0627\u0644\u0633\u0648\u0642 and \u05E9\u05DC\u05D5\u05DD with \uD83D\uDE80 "
                + "rockets\u0000 and bells\u0007, caf\u00E9 \u0394\u03B5\u03BB\u03C4\u03B1 \u041C\u043E\u0441\u043A\u0432\u0430.";
        return PdfFixtures.single(PdfFixtures.record("mixed", "Mixed \uD83C\uDF0D scripts", 1,
                "Emoji \uD83D\uDE00 title\u0007", "multimodal", summary, List.of("\u963F\u91CC\u5DF4\u5DF4", "Zo\u00EB")));
    }

    static void assertInsideMargins(PDDocument doc) throws IOException {
        float pageWidth = doc.getPage(0).getMediaBox().getWidth();
        float pageHeight = doc.getPage(0).getMediaBox().getHeight();
        for (TextPosition p : TextPositions.of(doc)) {
            assertThat(p.getXDirAdj()).as("left of '%s'", p.getUnicode()).isGreaterThanOrEqualTo(LayoutWriter.MARGIN_X - 0.5f);
            assertThat(p.getXDirAdj() + p.getWidthDirAdj()).as("right of '%s'", p.getUnicode())
                    .isLessThanOrEqualTo(pageWidth - LayoutWriter.MARGIN_X + 0.5f);
            assertThat(p.getYDirAdj()).as("baseline of '%s'", p.getUnicode()).isBetween(0f, pageHeight);
        }
    }
}
