package io.trendreports.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.HorizontalMetricsTable;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.fontbox.ttf.gsub.GsubWorker;
import org.apache.fontbox.ttf.gsub.GsubWorkerFactory;
import org.apache.fontbox.ttf.model.GsubData;
import org.apache.fontbox.ttf.model.Language;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * One TrueType font file, read once. Coverage (cmap) and advance widths are copied out of the
 * font into immutable tables when it is loaded, so any number of threads can check and measure
 * text at once. PDFBox needs a parsed {@link TrueTypeFont} per document being written (it reads
 * tables lazily and is not thread-safe); those are kept in a pool and reused by the next
 * document, so a run parses each font at most once per concurrently written document.
 *
 * <p>A face of a script PDFBox can shape ({@link #shapes}) keeps its glyph substitutions on: PDFBox
 * then reorders, joins and substitutes the glyphs of each run it draws (conjuncts, half forms, the
 * vowel sign i before its consonant). A Telugu or Kannada face is shaped here instead and drawn by
 * glyph ids ({@link #drawsOwnGlyphs}). Either way the widths here are those of the glyphs drawn.
 */
final class FontFace implements FontChainLink {

    /**
     * The scripts fontbox has a shaping worker for ({@code GsubWorkerFactory}). Latin is left out on
     * purpose: its ligatures make one glyph of "fi" whose text reads back as one odd character. For every
     * other script fontbox has no worker: Telugu and Kannada are shaped here ({@link SubjoiningShaper}),
     * the rest drawn a glyph per character.
     */
    private static final Set<Language> SHAPED = Set.of(Language.DEVANAGARI, Language.BENGALI, Language.GUJARATI);
    private static final int SHAPED_PIECES_KEPT = 50_000;

    private final String name;
    private final byte[] data;
    private final Map<Integer, Integer> glyphByCodePoint;
    private final int[] advances;
    private final float unitsPerEm;
    private final ConcurrentLinkedQueue<TrueTypeFont> pool = new ConcurrentLinkedQueue<>();
    private final AtomicInteger parses = new AtomicInteger();
    /** The shaper PDFBox will use for this face, for measuring; null if the face is drawn unshaped. */
    private final GsubWorker shaper;
    /** Our own shaper, for a Telugu or Kannada face (PDFBox has none); null for any other face. */
    private final SubjoiningShaper subjoining;
    /** How runs are cut for the shaper, for the scripts whose shaper needs it; else null. */
    private final ShaperPieces shaperPieces;
    /**
     * What shaping makes of each piece: PDFBox's shaper compiles a pattern per feature on every call,
     * about half a millisecond a word, and layout measures each word several times while words recur
     * all the time.
     */
    private final Map<String, Shaped> shapedPieces = new ConcurrentHashMap<>();
    private final Map<String, List<Integer>> ownGlyphs = new ConcurrentHashMap<>();

    private FontFace(String name, byte[] data) throws IOException {
        this.name = name;
        this.data = data;
        TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(data));
        parses.incrementAndGet();
        CmapLookup cmap = ttf.getUnicodeCmapLookup(false);
        if (cmap == null) {
            throw new IOException("no Unicode cmap in font " + name);
        }
        GsubData gsub = substitutions(ttf);
        boolean shaped = gsub != GsubData.NO_DATA_FOUND && SHAPED.contains(gsub.getLanguage());
        // the same worker PDFBox builds when the face is set on a page; it only reads tables already parsed
        this.shaper = shaped ? new GsubWorkerFactory().getGsubWorker(cmap, gsub) : null;
        this.shaperPieces = !shaped ? null : switch (gsub.getLanguage()) {
            case DEVANAGARI -> ShaperPieces.DEVANAGARI;
            case GUJARATI -> ShaperPieces.GUJARATI;
            default -> null;
        };
        HorizontalMetricsTable hmtx = ttf.getHorizontalMetrics();
        int glyphs = ttf.getNumberOfGlyphs();
        this.advances = new int[glyphs];
        for (int gid = 0; gid < glyphs; gid++) {
            advances[gid] = hmtx.getAdvanceWidth(gid);
        }
        this.glyphByCodePoint = Map.copyOf(coverage(cmap, glyphs));
        this.subjoining = shaped ? null : SubjoiningShaper.of(ttf, glyphByCodePoint);
        this.unitsPerEm = ttf.getUnitsPerEm();
        pool.add(ttf);
    }

    static FontFace fromResource(String resource) {
        try (InputStream in = FontFace.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("font resource missing from classpath: " + resource);
            }
            return new FontFace(fileName(resource), in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read font " + resource, e);
        }
    }

    static FontFace fromFile(Path file) {
        try {
            return new FontFace(fileName(file.toString()), Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read font " + file, e);
        }
    }

    String name() {
        return name;
    }

    boolean covers(int codePoint) {
        return glyphByCodePoint.containsKey(codePoint);
    }

    /** The glyph of a covered character. */
    int glyph(int codePoint) {
        return glyphByCodePoint.get(codePoint);
    }

    @Override
    public FontFace faceFor(int codePoint) {
        return covers(codePoint) ? this : null;
    }

    /** Whether PDFBox shapes the text drawn with this face; its glyphs then no longer map one to one to characters. */
    boolean shapes() {
        return shaper != null;
    }

    /** Advance width of a covered character in font units per em. */
    float advance(int codePoint) {
        Integer gid = glyphByCodePoint.get(codePoint);
        return gid == null ? 0 : glyphAdvance(gid);
    }

    /**
     * A run of covered characters without spaces as the pieces to hand PDFBox one after the other,
     * in drawing order: cut where its Devanagari shaper would scramble a syllable
     * ({@link ShaperPieces}), put in visual order where nothing shapes it ({@link PreBaseVowels}).
     * Most runs come back as they are, in one piece.
     */
    List<String> drawingPieces(String run) {
        if (shaperPieces != null) {
            return shaperPieces.pieces(run);
        }
        return List.of(shaper == null ? PreBaseVowels.visual(run) : run);
    }

    /** Whether runs of this face are drawn as the glyphs of {@link #ownGlyphs}, shaped here rather than by PDFBox. */
    boolean drawsOwnGlyphs() {
        return subjoining != null;
    }

    /** The glyphs that draw a run of covered characters without spaces, for a face that {@link #drawsOwnGlyphs}. */
    List<Integer> ownGlyphs(String run) {
        List<Integer> known = ownGlyphs.get(run);
        if (known == null) {
            if (ownGlyphs.size() >= SHAPED_PIECES_KEPT) {
                ownGlyphs.clear();
            }
            known = List.copyOf(subjoining.glyphs(run));
            ownGlyphs.put(run, known);
        }
        return known;
    }

    /** Advance width of a run of covered characters without spaces, as drawn: shaped if the face {@link #shapes}. */
    float advance(String run) {
        if (subjoining != null) {
            return glyphsAdvance(ownGlyphs(run));
        }
        float width = 0;
        for (String piece : drawingPieces(run)) {
            width += shaper == null ? glyphsAdvance(glyphs(piece)) : shaped(piece).width();
        }
        return width;
    }

    /** Whether PDFBox's shaper turns a piece ({@link #drawingPieces}) into other glyphs than its characters'. */
    boolean shapingChanges(String piece) {
        return shaper != null && shaped(piece).changed();
    }

    private record Shaped(float width, boolean changed) {
    }

    private Shaped shaped(String piece) {
        Shaped known = shapedPieces.get(piece);
        if (known == null) {
            if (shapedPieces.size() >= SHAPED_PIECES_KEPT) {
                shapedPieces.clear();
            }
            List<Integer> glyphs = glyphs(piece);
            List<Integer> drawn = glyphs.isEmpty() ? glyphs : shaper.applyTransforms(glyphs);
            known = new Shaped(glyphsAdvance(drawn), !drawn.equals(glyphs));
            shapedPieces.put(piece, known);
        }
        return known;
    }

    private List<Integer> glyphs(String run) {
        List<Integer> glyphs = new ArrayList<>(run.length());
        for (int i = 0; i < run.length(); ) {
            int cp = run.codePointAt(i);
            Integer gid = glyphByCodePoint.get(cp);
            if (gid != null) {
                glyphs.add(gid);
            }
            i += Character.charCount(cp);
        }
        return glyphs;
    }

    private float glyphsAdvance(List<Integer> glyphs) {
        float width = 0;
        for (int gid : glyphs) {
            width += glyphAdvance(gid);
        }
        return width;
    }

    private float glyphAdvance(int gid) {
        return gid >= advances.length ? 0 : advances[gid] / unitsPerEm;
    }

    /**
     * A parsed font for the exclusive use of one document until it is {@linkplain #release}d, with the
     * glyph substitutions on if {@code shaped} and the face {@link #shapes}.
     */
    TrueTypeFont borrow(boolean shaped) {
        TrueTypeFont ttf = pool.poll();
        if (ttf == null) {
            try {
                ttf = parse();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot parse font " + name, e);
            }
        }
        ttf.setEnableGsub(shaped && shapes());
        return ttf;
    }

    void release(TrueTypeFont ttf) {
        pool.add(ttf);
    }

    /** How often the font file was parsed; for tests of the "parsed once" promise. */
    int parses() {
        return parses.get();
    }

    private TrueTypeFont parse() throws IOException {
        parses.incrementAndGet();
        return new TTFParser().parse(new RandomAccessReadBuffer(data));
    }

    /** A configured font whose substitutions fontbox cannot read is drawn unshaped rather than refused. */
    private static GsubData substitutions(TrueTypeFont ttf) {
        try {
            return ttf.getGsubData();
        } catch (IOException | RuntimeException e) {
            return GsubData.NO_DATA_FOUND;
        }
    }

    /** Every character the font maps to a real glyph (not .notdef). */
    private static Map<Integer, Integer> coverage(CmapLookup cmap, int glyphs) {
        Map<Integer, Integer> map = new HashMap<>();
        for (int gid = 1; gid < glyphs; gid++) {
            List<Integer> codes = cmap.getCharCodes(gid);
            if (codes != null) {
                for (Integer cp : codes) {
                    map.putIfAbsent(cp, gid);
                }
            }
        }
        return map;
    }

    private static String fileName(String path) {
        int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
        return path.substring(slash + 1);
    }
}
