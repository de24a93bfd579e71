package io.trendreports.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import io.trendreports.model.Headlines;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitWidthDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TableOfContentsTest {

    @TempDir
    Path runDir;

    @Test
    void contentsListsEverySectionWithThePageItStartsOn() throws IOException {
        new PdfOutput(PdfSettings.defaults()).write(PdfFixtures.longReport(40, 12), runDir);

        try (PDDocument doc = Loader.loadPDF(runDir.resolve("briefs/long-2025.pdf").toFile())) {
            // numbers are stamped after layout: read the contents pages by position, as a viewer does
            String contents = PdfFixtures.pageTextByPosition(doc, 1) + PdfFixtures.pageTextByPosition(doc, 2);
            List<String> outline = outlineTitles(doc);
            List<String> pages = pages(doc);
            List<String> expected = new ArrayList<>();
            for (int i = 1; i <= 40; i++) {
                String heading = i + ". Trend number " + i;
                int page = pageOf(pages, heading);
                expected.add(heading + " " + page + "\n");
                assertThat(outline.get(i - 1)).isEqualTo(heading);
            }
            assertThat(contents).contains("Contents").containsSubsequence(expected);
        }
    }

    @Test
    void contentsEntriesLinkToTheirSectionPages() throws IOException {
        new PdfOutput(PdfSettings.defaults()).write(PdfFixtures.longReport(40, 12), runDir);

        try (PDDocument doc = Loader.loadPDF(runDir.resolve("briefs/long-2025.pdf").toFile())) {
            List<String> pages = pages(doc);
            List<PDAnnotationLink> links = new ArrayList<>();
            List<String> linkTexts = new ArrayList<>();
            for (PDPage page : doc.getPages()) {
                List<PDAnnotationLink> onPage = new ArrayList<>();
                for (PDAnnotation a : page.getAnnotations()) {
                    if (a instanceof PDAnnotationLink link) {
                        onPage.add(link);
                    }
                }
                onPage.sort(Comparator.comparingDouble(l -> -l.getRectangle().getUpperRightY()));
                for (PDAnnotationLink link : onPage) {
                    links.add(link);
                    linkTexts.add(textUnder(page, link));
                }
            }
            // the headlines come first on page 1 and link to their sections too; the contents follow
            assertThat(links).hasSize(Headlines.MAX + 40);
            for (int i = 0; i < links.size(); i++) {
                int section = i < Headlines.MAX ? headlineSection(linkTexts.get(i)) : i - Headlines.MAX + 1;
                String heading = section + ". Trend number " + section;
                PDAnnotationLink link = links.get(i);
                assertThat(linkTexts.get(i)).as("text under link %d", i + 1).startsWith(heading);
                assertThat(link.isPrinted()).isTrue();
                PDPageDestination destination = (PDPageDestination) ((PDActionGoTo) link.getAction()).getDestination();
                assertThat(destination).isInstanceOf(PDPageFitWidthDestination.class);
                int target = doc.getPages().indexOf(destination.getPage()) + 1;
                assertThat(target).as("target of %s", heading).isEqualTo(pageOf(pages, heading));
            }
        }
    }

    /** The section a headline line names: "12. Trend number 12: ..." is section 12. */
    private static int headlineSection(String text) {
        return Integer.parseInt(text.substring(0, text.indexOf('.')).strip());
    }

    static List<String> outlineTitles(PDDocument doc) {
        List<String> titles = new ArrayList<>();
        for (PDOutlineItem item : doc.getDocumentCatalog().getDocumentOutline().children()) {
            titles.add(item.getTitle());
        }
        return titles;
    }

    /** The page where a section heading stands: the last one naming it, the contents come first. */
    static int pageOf(List<String> pages, String heading) {
        for (int p = pages.size() - 1; p >= 0; p--) {
            if (pages.get(p).contains(heading + "\n")) {
                return p + 1;
            }
        }
        throw new AssertionError("heading not found: " + heading);
    }

    static List<String> pages(PDDocument doc) throws IOException {
        List<String> pages = new ArrayList<>();
        for (int p = 1; p <= doc.getNumberOfPages(); p++) {
            pages.add(PdfFixtures.pageText(doc, p));
        }
        return pages;
    }

    static String textUnder(PDPage page, PDAnnotationLink link) throws IOException {
        PDFTextStripperByArea stripper = new PDFTextStripperByArea();
        var r = link.getRectangle();
        float height = page.getMediaBox().getHeight();
        stripper.addRegion("link", new java.awt.geom.Rectangle2D.Float(r.getLowerLeftX(),
                height - r.getUpperRightY(), r.getWidth(), r.getHeight()));
        stripper.extractRegions(page);
        return stripper.getTextForRegion("link").strip();
    }
}
