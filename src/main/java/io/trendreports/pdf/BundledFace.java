package io.trendreports.pdf;

import java.lang.Character.UnicodeScript;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * A face shipped in the jar for scripts DejaVu Sans lacks, with the characters it is there for
 * ({@code scope}). Each is read only once a document has one of those characters ({@link OnDemandFace}),
 * so a Latin report never reads, parses or embeds any of them. Scopes do not overlap, so which face
 * draws a character never depends on which other faces happen to be loaded.
 */
record BundledFace(String resource, IntPredicate scope) {

    static final String CJK_RESOURCE = "/fonts/droid/DroidSansFallback.ttf";

    /** The Noto faces of India's scripts and Thai: the Regular weight only; bold is emboldened by hand. */
    private static final String NOTO = "/fonts/noto/NotoSans%s-Regular.ttf";

    /** The dandas end sentences in most Indic scripts yet belong to none (script Common). */
    private static final int DANDA = 0x0964;
    private static final int DOUBLE_DANDA = 0x0965;

    static final List<BundledFace> ALL = List.of(
            new BundledFace(CJK_RESOURCE, CjkCharacters::contains),
            // Hindi, Marathi, Nepali and Sanskrit; the dandas go with them, their most common writers
            noto("Devanagari", UnicodeScript.DEVANAGARI, DANDA, DOUBLE_DANDA),
            noto("Bengali", UnicodeScript.BENGALI),
            noto("Gujarati", UnicodeScript.GUJARATI),
            noto("Gurmukhi", UnicodeScript.GURMUKHI),
            noto("Oriya", UnicodeScript.ORIYA),
            noto("Tamil", UnicodeScript.TAMIL),
            noto("Telugu", UnicodeScript.TELUGU),
            noto("Kannada", UnicodeScript.KANNADA),
            noto("Malayalam", UnicodeScript.MALAYALAM),
            noto("Thai", UnicodeScript.THAI));

    private static BundledFace noto(String name, UnicodeScript script, int... alsoCharacters) {
        IntPredicate scope = cp -> UnicodeScript.of(cp) == script;
        for (int extra : alsoCharacters) {
            scope = scope.or(cp -> cp == extra);
        }
        return new BundledFace(String.format(NOTO, name), scope);
    }
}
