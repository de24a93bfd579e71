package io.trendreports.pdf;

import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The fonts of one document: each face is embedded (as a subset) the first time the document
 * draws with it, so a fallback face costs nothing in documents that do not need it. The parsed
 * fonts are borrowed from their {@link FontFace} and given back on {@link #close}, after the
 * document was saved (subsetting happens while saving).
 *
 * <p>A face PDFBox shapes may be embedded twice, with and without its substitutions: PDFBox runs its
 * shaper on every piece drawn with the first, about half a millisecond each, so pieces the shaper
 * would leave as they are ({@link FontFace#shapingChanges}) are drawn with the second.
 */
final class DocumentFonts implements Closeable {

    private final PDDocument doc;
    private record Key(FontFace face, boolean shaped) {
    }

    private final Map<Key, PDType0Font> embedded = new LinkedHashMap<>();
    private final Map<TrueTypeFont, FontFace> borrowed = new LinkedHashMap<>();

    DocumentFonts(PDDocument doc) {
        this.doc = doc;
    }

    /** The face as embedded in this document; {@code shaped} asks for PDFBox's shaping, if the face has any. */
    PDType0Font font(FontFace face, boolean shaped) throws IOException {
        Key key = new Key(face, shaped && face.shapes());
        PDType0Font font = embedded.get(key);
        if (font == null) {
            TrueTypeFont ttf = face.borrow(key.shaped());
            borrowed.put(ttf, face);
            font = PDType0Font.load(doc, ttf, true);
            embedded.put(key, font);
        }
        return font;
    }

    @Override
    public void close() {
        borrowed.forEach((ttf, face) -> face.release(ttf));
        borrowed.clear();
        embedded.clear();
    }
}
