package io.trendreports.pdf;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The fonts every PDF draws with: a default face (Latin, Greek, Cyrillic, Hebrew, Arabic), its bold
 * weight for headings, then the configured fallback faces (e.g. a CJK font), tried in that order
 * for each character. The bundled DejaVu Sans ships in the jar, so output never depends on the
 * fonts of the machine. Faces are parsed once per JVM and shared: everything here is immutable
 * and safe for concurrent use.
 */
final class PdfFonts {

    static final String REGULAR_RESOURCE = "/fonts/dejavu/DejaVuSans.ttf";
    static final String BOLD_RESOURCE = "/fonts/dejavu/DejaVuSans-Bold.ttf";

    /** Font files by resource name or absolute path: one parse per JVM, whatever the number of runs. */
    private static final Map<String, FontFace> CACHE = new ConcurrentHashMap<>();

    private static final int ARABIC_BEH = 0x0628;
    private static final int ARABIC_BEH_INITIAL = 0xFE91;

    private final List<FontFace> regular;
    private final List<FontFace> bold;
    private final String replacement;
    private final boolean shapesArabic;

    private PdfFonts(List<FontFace> regular, List<FontFace> bold) {
        this.regular = List.copyOf(regular);
        this.bold = List.copyOf(bold);
        // the usual replacement character, else the "tofu" box viewers draw for missing glyphs
        this.replacement = canDraw(0xFFFD) ? "\uFFFD" : canDraw(0x25A1) ? "\u25A1" : "?";
        // shaping yields presentation forms: only worth it when the face drawing Arabic has them
        FontFace arabic = faceFor(ARABIC_BEH, false);
        this.shapesArabic = arabic != null && arabic.covers(ARABIC_BEH_INITIAL);
    }

    /** The bundled faces only. */
    static PdfFonts load() {
        return load(List.of());
    }

    /**
     * The bundled faces followed by {@code fallbackFiles} (TrueType outlines: .ttf, or .otf with
     * glyf tables), in order.
     */
    static PdfFonts load(List<Path> fallbackFiles) {
        FontFace regularFace = CACHE.computeIfAbsent(REGULAR_RESOURCE, FontFace::fromResource);
        FontFace boldFace = CACHE.computeIfAbsent(BOLD_RESOURCE, FontFace::fromResource);
        List<FontFace> regular = new ArrayList<>();
        regular.add(regularFace);
        for (Path file : fallbackFiles) {
            regular.add(CACHE.computeIfAbsent(file.toAbsolutePath().normalize().toString(),
                    key -> FontFace.fromFile(Path.of(key))));
        }
        List<FontFace> bold = new ArrayList<>();
        bold.add(boldFace);
        bold.addAll(regular);
        return new PdfFonts(regular, bold);
    }

    /** The first face of the chain that has a glyph for {@code codePoint}, or null. */
    FontFace faceFor(int codePoint, boolean boldWeight) {
        for (FontFace face : boldWeight ? bold : regular) {
            if (face.covers(codePoint)) {
                return face;
            }
        }
        return null;
    }

    /** True if some face draws the character; bold text can draw everything regular text can. */
    boolean canDraw(int codePoint) {
        return faceFor(codePoint, false) != null;
    }

    /** The visible mark drawn in place of a character no face has a glyph for. */
    String replacement() {
        return replacement;
    }

    /** Whether Arabic letters should be turned into their joined presentation forms. */
    boolean shapesArabic() {
        return shapesArabic;
    }

    /** Width in points of text that contains only drawable characters. */
    float width(String text, float size, boolean boldWeight) {
        float ems = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            FontFace face = faceFor(cp, boldWeight);
            if (face != null) {
                ems += face.advance(cp);
            }
            i += Character.charCount(cp);
        }
        return ems * size;
    }

    float width(String text, float size) {
        return width(text, size, false);
    }

    /** Every face of the chains, for tests and diagnostics. */
    List<FontFace> faces() {
        List<FontFace> all = new ArrayList<>(bold);
        return List.copyOf(all);
    }
}
