package io.trendreports.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** Every glyph PDFBox finds on the pages, with its position, to check text stays on the page. */
final class TextPositions extends PDFTextStripper {

    private final List<TextPosition> positions = new ArrayList<>();

    private TextPositions() {
    }

    static List<TextPosition> of(PDDocument doc) throws IOException {
        TextPositions stripper = new TextPositions();
        stripper.getText(doc);
        return stripper.positions;
    }

    /** The glyphs of one page, 1-based. */
    static List<TextPosition> of(PDDocument doc, int page) throws IOException {
        TextPositions stripper = new TextPositions();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        stripper.getText(doc);
        return stripper.positions;
    }

    @Override
    protected void processTextPosition(TextPosition text) {
        positions.add(text);
        super.processTextPosition(text);
    }
}
