package io.trendreports.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The one Unicode TrueType font every PDF uses, parsed once and shared by all documents a writer
 * makes. Coverage and widths come straight from the font's cmap and metrics, so text can be
 * checked and measured without a document, and nothing is ever handed to PDFBox that it cannot
 * encode. Not thread-safe: the parsed font reads its tables lazily.
 */
final class PdfFonts {

    /** Ships inside the PDFBox jar, so output never depends on the fonts of the machine. */
    static final String FONT_RESOURCE = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

    private final TrueTypeFont ttf;
    private final CmapLookup cmap;
    private final float unitsPerEm;
    private final Map<Integer, Float> advanceByCodePoint = new HashMap<>();
    private final String replacement;

    private PdfFonts(TrueTypeFont ttf) throws IOException {
        this.ttf = ttf;
        this.cmap = ttf.getUnicodeCmapLookup();
        this.unitsPerEm = ttf.getUnitsPerEm();
        // the usual replacement character, else the "tofu" box viewers draw for missing glyphs
        this.replacement = canDraw(0xFFFD) ? "\uFFFD" : canDraw(0x25A1) ? "\u25A1" : "?";
    }

    static PdfFonts load() {
        try (InputStream in = PdfFonts.class.getResourceAsStream(FONT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("font resource missing from classpath: " + FONT_RESOURCE);
            }
            return new PdfFonts(new TTFParser().parse(new RandomAccessReadBuffer(in)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot parse " + FONT_RESOURCE, e);
        }
    }

    /** A subset of the font embedded in {@code doc}; a PDType0Font belongs to one document. */
    PDType0Font embedIn(PDDocument doc) throws IOException {
        return PDType0Font.load(doc, ttf, true);
    }

    boolean canDraw(int codePoint) {
        return cmap.getGlyphId(codePoint) > 0;
    }

    /** The visible mark drawn in place of a character the font has no glyph for. */
    String replacement() {
        return replacement;
    }

    /** Width in points of text that contains only drawable characters. */
    float width(String text, float size) {
        float units = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            units += advance(cp);
            i += Character.charCount(cp);
        }
        return units * size / unitsPerEm;
    }

    private float advance(int codePoint) {
        return advanceByCodePoint.computeIfAbsent(codePoint, cp -> {
            try {
                return (float) ttf.getAdvanceWidth(cmap.getGlyphId(cp));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
