package io.trendreports.pdf;

import java.io.Closeable;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The fonts of one document: each face is embedded (as a subset) the first time the document
 * draws with it, so a fallback face costs nothing in documents that do not need it. The parsed
 * fonts are borrowed from their {@link FontFace} and given back on {@link #close}, after the
 * document was saved (subsetting happens while saving).
 */
final class DocumentFonts implements Closeable {

    private final PDDocument doc;
    private final Map<FontFace, PDType0Font> embedded = new LinkedHashMap<>();
    private final Map<FontFace, TrueTypeFont> borrowed = new LinkedHashMap<>();

    DocumentFonts(PDDocument doc) {
        this.doc = doc;
    }

    PDType0Font font(FontFace face) throws IOException {
        PDType0Font font = embedded.get(face);
        if (font == null) {
            TrueTypeFont ttf = face.borrow();
            borrowed.put(face, ttf);
            font = PDType0Font.load(doc, ttf, true);
            embedded.put(face, font);
        }
        return font;
    }

    @Override
    public void close() {
        borrowed.forEach(FontFace::release);
        borrowed.clear();
        embedded.clear();
    }
}
