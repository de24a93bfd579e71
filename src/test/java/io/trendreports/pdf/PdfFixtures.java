package io.trendreports.pdf;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.trendreports.model.InMemoryRunSnapshot;
import io.trendreports.model.SampleRuns;
import io.trendreports.model.TrendRecord;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** Runs and read-back helpers shared by the PDF tests. */
final class PdfFixtures {

    private PdfFixtures() {
    }

    static TrendRecord record(String reportId, String title, int no, String sectionTitle, String themeId,
                              String summary, List<String> entities) {
        TrendRecord base = SampleRuns.record(reportId, title, "2025", no, sectionTitle, themeId, 10);
        return new TrendRecord(base.reportId(), base.reportTitle(), base.period(), base.language(),
                base.sourceFile(), base.sourceSha256(), no, sectionTitle, base.themeId(), base.themeLabel(),
                base.themeScore(), summary, List.of("scaling laws", "compute budget"), entities,
                List.of("finance"), summary.split(" ").length, 3, base.sharePct());
    }

    /** One report of {@code sections} sections, each with a summary of {@code sentences} sentences. */
    static InMemoryRunSnapshot longReport(int sections, int sentences) {
        String[] themes = {"model-scaling", "multimodal", "regulation", "open-source", "other"};
        List<TrendRecord> records = new ArrayList<>();
        for (int i = 1; i <= sections; i++) {
            StringBuilder summary = new StringBuilder();
            for (int s = 0; s < sentences; s++) {
                summary.append("Sentence ").append(s + 1).append(" of section ").append(i)
                        .append(" explains how the trend develops across the industry and why it matters. ");
            }
            records.add(record("long-2025", "A Very Long Trend Report", i,
                    String.format(Locale.ROOT, "Trend number %d", i), themes[i % themes.length],
                    summary.toString().strip(), List.of("OpenAI", "Entity " + (i % 7))));
        }
        return new InMemoryRunSnapshot(SampleRuns.THEMES, records);
    }

    static InMemoryRunSnapshot single(TrendRecord... records) {
        return new InMemoryRunSnapshot(SampleRuns.THEMES, List.of(records));
    }

    static String text(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc);
        }
    }

    /** Names of the fonts used on any page. */
    static List<String> fontNames(PDDocument doc) throws IOException {
        List<String> names = new ArrayList<>();
        for (var page : doc.getPages()) {
            for (var name : page.getResources().getFontNames()) {
                names.add(page.getResources().getFont(name).getName());
            }
        }
        return names;
    }

    /** Text of one page in reading order of positions, 1-based. */
    static String pageTextByPosition(PDDocument doc, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setSortByPosition(true);
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(doc);
    }

    /** Text of one page, 1-based. */
    static String pageText(PDDocument doc, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(doc);
    }
}
