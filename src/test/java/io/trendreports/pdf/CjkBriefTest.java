package io.trendreports.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import io.trendreports.model.InMemoryRunSnapshot;
import io.trendreports.model.ReportInfo;
import io.trendreports.model.SampleRuns;
import io.trendreports.model.WrittenOutput;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Chinese, Japanese and Korean reports get readable briefs with the bundled CJK face, and no one else pays for it. */
class CjkBriefTest {

    @TempDir
    Path runDir;

    private final PdfOutput writer = new PdfOutput(PdfSettings.defaults());

    static Stream<Arguments> reports() {
        return Stream.of(
                Arguments.of("zh", CjkReports.chinese(), List.of(CjkReports.ZH_TITLE, "开源模型的兴起", "繁體中文市場觀察",
                        CjkReports.ZH_OPEN, CjkReports.ZH_MULTIMODAL, CjkReports.ZH_TRADITIONAL, "臺灣大學", "私有部署")),
                Arguments.of("ja", CjkReports.japanese(), List.of(CjkReports.JA_TITLE, "業務への導入", "人材と教育",
                        CjkReports.JA_ADOPTION, CjkReports.JA_EDUCATION, "トヨタ", "プログラミング")),
                Arguments.of("ko", CjkReports.korean(), List.of(CjkReports.KO_TITLE, "반도체 수요", "공공 서비스",
                        CjkReports.KO_CHIPS, CjkReports.KO_PUBLIC, "삼성전자", "고대역폭 메모리")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("reports")
    void everyCharacterIsDrawnAndReadsBack(String language, InMemoryRunSnapshot run, List<String> expected)
            throws IOException {
        List<WrittenOutput> outputs = writer.write(run, runDir);

        assertThat(outputs).allSatisfy(o -> assertThat(o.counters()).as(o.path())
                .containsEntry("replacedCharacters", 0L));
        // wrapped lines read back with line feeds (and maybe spaces) between them
        String brief = withoutWhitespace(PdfFixtures.text(runDir.resolve(outputs.get(0).path())));
        for (String text : expected) {
            assertThat(brief).contains(withoutWhitespace(text));
        }
        assertThat(withoutWhitespace(PdfFixtures.text(runDir.resolve(DigestWriter.FILE))))
                .contains(withoutWhitespace(expected.get(0)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("reports")
    void cjkFaceIsEmbeddedAsASmallSubset(String language, InMemoryRunSnapshot run, List<String> expected)
            throws IOException {
        List<WrittenOutput> outputs = writer.write(run, runDir);
        Path brief = runDir.resolve(outputs.get(0).path());

        try (PDDocument doc = Loader.loadPDF(brief.toFile())) {
            List<String> names = new ArrayList<>();
            for (PDPage page : doc.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font).isInstanceOf(PDType0Font.class);
                    assertThat(font.isEmbedded()).isTrue();
                    names.add(font.getName());
                }
            }
            assertThat(names).allMatch(n -> n.matches("[A-Z]{6}\\+(DejaVuSans(-Bold)?|DroidSansFallback)"))
                    .anyMatch(n -> n.endsWith("+DroidSansFallback"));
        }
        // the whole face is 3.4 MB; a brief carries only the glyphs it draws
        assertThat(Files.size(brief)).isLessThan(150_000);
    }

    @Test
    void latinBriefNeitherReadsNorEmbedsTheCjkFaceAndStillCountsEmoji() throws IOException {
        PdfFonts fonts = PdfFonts.load();
        InMemoryRunSnapshot run = PdfFixtures.single(PdfFixtures.record("launch", "Launch notes", 1,
                "Rockets \uD83D\uDE80", "other", "The launch \uD83D\uDE80 went well, caf\u00E9 included.", List.of("Zo\u00EB")));
        ReportInfo report = run.reports().get(0);
        Path brief = runDir.resolve("launch.pdf");

        Map<String, Long> counters = new BriefRenderer(fonts, PdfSettings.defaults())
                .render(run.run(), report, run.recordsOf(report.reportId()), brief);
        new DigestRenderer(fonts, PdfSettings.defaults()).render(run, runDir.resolve("digest.pdf"));

        // the rocket is in no font: replaced and counted, in the title, contents and section heading
        assertThat(counters.get("replacedCharacters")).isGreaterThanOrEqualTo(3L);
        assertThat(fonts.faces()).extracting(FontFace::name).doesNotContain("DroidSansFallback.ttf");
        for (Path pdf : List.of(brief, runDir.resolve("digest.pdf"))) {
            try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
                assertThat(PdfFixtures.fontNames(doc)).as(pdf.toString()).noneMatch(n -> n.contains("Droid"));
            }
        }
    }

    @Test
    void aChineseCharacterMakesTheChainReadTheCjkFace() {
        PdfFonts fonts = PdfFonts.load();

        assertThat(fonts.canDraw('\u4E2D')).isTrue();

        assertThat(fonts.faces()).extracting(FontFace::name).contains("DroidSansFallback.ttf");
    }

    @Test
    void boldCjkHeadingsAreEmboldenedAndNothingElseIs() throws IOException {
        writer.write(CjkReports.chinese(), runDir.resolve("zh"));
        writer.write(SampleRuns.twoEditions(), runDir.resolve("latin"));

        try (PDDocument doc = Loader.loadPDF(runDir.resolve("zh/briefs/zh-2025.pdf").toFile())) {
            String stroked = StrokedText.of(doc);
            assertThat(stroked).contains(CjkReports.ZH_TITLE, "开源模型的兴起", "繁體中文市場觀察")
                    // the section numbers have a real bold face, and body text is not bold
                    .doesNotContain("1.", "过去一年");
        }
        try (PDDocument doc = Loader.loadPDF(runDir.resolve("latin/briefs/llm-2024.pdf").toFile())) {
            assertThat(StrokedText.of(doc)).isEmpty();
        }
    }

    @Test
    void longChineseParagraphWrapsBetweenIdeographsInsideTheMargins() throws IOException {
        List<WrittenOutput> outputs = writer.write(CjkReports.longChinese(12), runDir);

        try (PDDocument doc = Loader.loadPDF(runDir.resolve(outputs.get(0).path()).toFile())) {
            HostileTextTest.assertInsideMargins(doc);
            float right = doc.getPage(0).getMediaBox().getWidth() - LayoutWriter.MARGIN_X;
            List<List<TextPosition>> lines = bodyLines(doc);
            // 12 sentences of 50-80 characters, about 48 to a line
            assertThat(lines).hasSizeGreaterThan(12);
            for (List<TextPosition> line : lines.subList(0, lines.size() - 1)) {
                String text = line.stream().map(TextPosition::getUnicode).reduce("", String::concat);
                assertThat(text).doesNotStartWith("\uFF0C").doesNotStartWith("\u3002");
                TextPosition last = line.get(line.size() - 1);
                // filled up to the margin, less at most two ideographs held back by the punctuation rules
                assertThat(last.getXDirAdj() + last.getWidthDirAdj()).as(text)
                        .isGreaterThan(right - 2 * TextStyle.BODY.size() - 0.5f);
            }
        }
    }

    /** Lines of body-size Chinese text on the page with the sections, top to bottom, each left to right. */
    private static List<List<TextPosition>> bodyLines(PDDocument doc) throws IOException {
        // sections flow on from the contents: the paragraph may start on any page
        List<List<TextPosition>> lines = new ArrayList<>();
        for (int page = 1; page <= doc.getNumberOfPages(); page++) {
            lines.addAll(bodyLines(doc, page));
        }
        return lines;
    }

    private static List<List<TextPosition>> bodyLines(PDDocument doc, int page) throws IOException {
        Map<Float, List<TextPosition>> byBaseline = new TreeMap<>();
        for (TextPosition p : TextPositions.of(doc, page)) {
            if (Math.abs(p.getFontSizeInPt() - TextStyle.BODY.size()) < 0.01f) {
                byBaseline.computeIfAbsent(p.getYDirAdj(), y -> new ArrayList<>()).add(p);
            }
        }
        List<List<TextPosition>> lines = new ArrayList<>();
        for (List<TextPosition> line : byBaseline.values()) {
            line.sort(Comparator.comparingDouble(TextPosition::getXDirAdj));
            // lines of the Chinese paragraph; "At a glance" lines on the same page start with a Latin label
            // and numbered lines (headlines, contents) name sections: none of them is the paragraph
            boolean labelled = line.get(0).getUnicode().chars().allMatch(c -> c < 0x80 && Character.isLetterOrDigit(c));
            if (!labelled && line.stream().anyMatch(p -> Character.UnicodeScript.of(p.getUnicode().codePointAt(0))
                    == Character.UnicodeScript.HAN)) {
                lines.add(line);
            }
        }
        return lines;
    }

    /** The characters drawn with their outlines stroked as well as filled. */
    private static final class StrokedText extends PDFTextStripper {

        private final StringBuilder stroked = new StringBuilder();

        static String of(PDDocument doc) throws IOException {
            StrokedText stripper = new StrokedText();
            stripper.getText(doc);
            return stripper.stroked.toString();
        }

        @Override
        protected void processTextPosition(TextPosition text) {
            if (getGraphicsState().getTextState().getRenderingMode() == RenderingMode.FILL_STROKE) {
                stroked.append(text.getUnicode());
            }
            super.processTextPosition(text);
        }
    }

    private static String withoutWhitespace(String text) {
        return text.replaceAll("\\s+", "");
    }
}
