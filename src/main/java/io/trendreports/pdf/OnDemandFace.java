package io.trendreports.pdf;

import java.util.function.IntPredicate;
import java.util.function.Supplier;

/**
 * A bundled face that is read only once a document has a character it is there for. The CJK face
 * is a 3.4 MB file of 50,000 glyphs, the Indic and Thai faces ten more files, and most reports are in
 * Latin script: parsing them and tabulating their coverage would cost every run and every warm-up
 * for nothing. It is asked only about the
 * characters of its {@code scope}, so a document without any never reads it and never embeds it;
 * after the first such character it is read once per JVM (through the loader's cache) and its real
 * coverage decides. What it answers for a character does not depend on whether another document
 * loaded it first, so the same input still gives the same bytes.
 */
final class OnDemandFace implements FontChainLink {

    private final IntPredicate scope;
    private final Supplier<FontFace> loader;
    private volatile FontFace face;

    OnDemandFace(IntPredicate scope, Supplier<FontFace> loader) {
        this.scope = scope;
        this.loader = loader;
    }

    @Override
    public FontFace faceFor(int codePoint) {
        if (!scope.test(codePoint)) {
            return null;
        }
        FontFace loaded = face;
        if (loaded == null) {
            // two threads may both get here: the loader's cache parses the file once for both
            loaded = loader.get();
            face = loaded;
        }
        return loaded.covers(codePoint) ? loaded : null;
    }

    /** The face if some document of this chain has needed it, else null. */
    FontFace loadedFace() {
        return face;
    }
}
