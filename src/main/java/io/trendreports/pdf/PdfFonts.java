package io.trendreports.pdf;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The fonts every PDF draws with, tried in order for each character: a default face (Latin, Greek,
 * Cyrillic, Hebrew, Arabic), the configured fallback faces, then the bundled faces of other scripts
 * ({@link BundledFace}: Chinese, Japanese and Korean, the scripts of India, Thai); bold text tries the
 * default face's bold weight first. The bundled faces ship in the jar, so output never depends on the
 * fonts of the machine. Faces are parsed once per JVM and shared, a script's face only once some
 * document has a character of its script: everything here is safe for concurrent use.
 */
final class PdfFonts {

    static final String REGULAR_RESOURCE = "/fonts/dejavu/DejaVuSans.ttf";
    static final String BOLD_RESOURCE = "/fonts/dejavu/DejaVuSans-Bold.ttf";

    /** Font files by resource name or absolute path: one parse per JVM, whatever the number of runs. */
    private static final Map<String, FontFace> CACHE = new ConcurrentHashMap<>();

    private static final int ARABIC_BEH = 0x0628;
    private static final int ARABIC_BEH_INITIAL = 0xFE91;

    private final List<FontChainLink> regular;
    private final List<FontChainLink> bold;
    private final FontFace boldFace;
    /** The faces read when the chain was made, bold first. */
    private final List<FontFace> readFaces;
    private final List<OnDemandFace> bundled;
    private final String replacement;
    private final boolean shapesArabic;

    private PdfFonts(FontFace boldFace, List<FontFace> readRegular, List<OnDemandFace> bundled) {
        List<FontChainLink> regularChain = new ArrayList<>(readRegular);
        regularChain.addAll(bundled);
        List<FontChainLink> boldChain = new ArrayList<>();
        boldChain.add(boldFace);
        boldChain.addAll(regularChain);
        List<FontFace> read = new ArrayList<>();
        read.add(boldFace);
        read.addAll(readRegular);
        this.regular = List.copyOf(regularChain);
        this.bold = List.copyOf(boldChain);
        this.boldFace = boldFace;
        this.readFaces = List.copyOf(read);
        this.bundled = List.copyOf(bundled);
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
     * The default face, {@code fallbackFiles} (TrueType outlines: .ttf, or .otf with glyf tables) in
     * order, then the bundled script faces. The configured files come first because someone chose them:
     * a Japanese face, say, draws the Japanese forms of the ideographs that Chinese shares, which the
     * bundled face (drawn in Chinese forms) would otherwise take. The bundled faces are the last resort
     * that keeps CJK, Indic and Thai text from turning into boxes when nothing is configured.
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
        List<OnDemandFace> bundled = new ArrayList<>();
        for (BundledFace face : BundledFace.ALL) {
            bundled.add(new OnDemandFace(face.scope(),
                    () -> CACHE.computeIfAbsent(face.resource(), FontFace::fromResource)));
        }
        return new PdfFonts(boldFace, regular, bundled);
    }

    /** The first face of the chain that has a glyph for {@code codePoint}, or null. */
    FontFace faceFor(int codePoint, boolean boldWeight) {
        for (FontChainLink link : boldWeight ? bold : regular) {
            FontFace face = link.faceFor(codePoint);
            if (face != null) {
                return face;
            }
        }
        return null;
    }

    /**
     * Whether bold {@code text} has characters only faces without a bold weight draw (no bundled
     * script face has one): those must be emboldened by hand to match the rest of a heading.
     */
    boolean lacksBold(String text) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            FontFace face = faceFor(cp, true);
            if (face != null && face != boldFace) {
                return true;
            }
            i += Character.charCount(cp);
        }
        return false;
    }

    /** Whether {@code face} is a bold weight; see {@link #lacksBold}. */
    boolean isBold(FontFace face) {
        return face == boldFace;
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

    /**
     * Width in points of text that contains only drawable characters, measured in the runs that are
     * drawn with one face each, as {@link LayoutWriter} draws them: a shaping face's run is as wide as
     * the glyphs it turns into.
     */
    float width(String text, float size, boolean boldWeight) {
        float ems = 0;
        FontFace current = null;
        int runStart = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            FontFace face = faceFor(cp, boldWeight);
            if (face != current) {
                ems += runWidth(current, text, runStart, i);
                current = face;
                runStart = i;
            }
            i += Character.charCount(cp);
        }
        ems += runWidth(current, text, runStart, text.length());
        return ems * size;
    }

    private static float runWidth(FontFace face, String text, int start, int end) {
        return face == null || start == end ? 0 : face.advance(text.substring(start, end));
    }

    float width(String text, float size) {
        return width(text, size, false);
    }

    /** Every face of the chains read so far, for tests and diagnostics; a bundled script face once needed. */
    List<FontFace> faces() {
        List<FontFace> all = new ArrayList<>(readFaces);
        for (OnDemandFace face : bundled) {
            if (face.loadedFace() != null) {
                all.add(face.loadedFace());
            }
        }
        return List.copyOf(all);
    }
}
