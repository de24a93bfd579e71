package io.trendreports.pdf;

import org.apache.pdfbox.pdmodel.common.PDRectangle;

/** The paper size of briefs and digest. */
public enum PageFormat {
    A4(PDRectangle.A4),
    LETTER(PDRectangle.LETTER);

    private final PDRectangle mediaBox;

    PageFormat(PDRectangle mediaBox) {
        this.mediaBox = mediaBox;
    }

    PDRectangle mediaBox() {
        // a fresh copy: PDRectangle is mutable and pages keep a reference to it
        return new PDRectangle(mediaBox.getWidth(), mediaBox.getHeight());
    }
}
