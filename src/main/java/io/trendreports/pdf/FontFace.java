package io.trendreports.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.HorizontalMetricsTable;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * One TrueType font file, read once. Coverage (cmap) and advance widths are copied out of the
 * font into immutable tables when it is loaded, so any number of threads can check and measure
 * text at once. PDFBox needs a parsed {@link TrueTypeFont} per document being written (it reads
 * tables lazily and is not thread-safe); those are kept in a pool and reused by the next
 * document, so a run parses each font at most once per concurrently written document.
 */
final class FontFace implements FontChainLink {

    private final String name;
    private final byte[] data;
    private final Map<Integer, Integer> glyphByCodePoint;
    private final int[] advances;
    private final float unitsPerEm;
    private final ConcurrentLinkedQueue<TrueTypeFont> pool = new ConcurrentLinkedQueue<>();
    private final AtomicInteger parses = new AtomicInteger();

    private FontFace(String name, byte[] data) throws IOException {
        this.name = name;
        this.data = data;
        TrueTypeFont ttf = parse();
        CmapLookup cmap = ttf.getUnicodeCmapLookup(false);
        if (cmap == null) {
            throw new IOException("no Unicode cmap in font " + name);
        }
        HorizontalMetricsTable hmtx = ttf.getHorizontalMetrics();
        int glyphs = ttf.getNumberOfGlyphs();
        this.advances = new int[glyphs];
        for (int gid = 0; gid < glyphs; gid++) {
            advances[gid] = hmtx.getAdvanceWidth(gid);
        }
        this.glyphByCodePoint = Map.copyOf(coverage(cmap, glyphs));
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

    @Override
    public FontFace faceFor(int codePoint) {
        return covers(codePoint) ? this : null;
    }

    /** Advance width of a covered character in font units per em. */
    float advance(int codePoint) {
        Integer gid = glyphByCodePoint.get(codePoint);
        return gid == null || gid >= advances.length ? 0 : advances[gid] / unitsPerEm;
    }

    /** A parsed font for the exclusive use of one document until it is {@linkplain #release}d. */
    TrueTypeFont borrow() {
        TrueTypeFont ttf = pool.poll();
        if (ttf != null) {
            return ttf;
        }
        try {
            return parse();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot parse font " + name, e);
        }
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
        TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(data));
        // PDFBox would otherwise swap in ligature glyphs ("fi") whose text is a single odd
        // character, breaking copy, search and the widths measured here
        ttf.setEnableGsub(false);
        return ttf;
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
