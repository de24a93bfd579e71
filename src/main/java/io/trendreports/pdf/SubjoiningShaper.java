package io.trendreports.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.fontbox.ttf.GlyphSubstitutionTable;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.fontbox.ttf.model.GsubData;
import org.apache.fontbox.ttf.model.ScriptFeature;

/**
 * Telugu and Kannada shaped with the font's own substitutions, for PDFBox has no shaper for them:
 * each syllable's vowel sign joins its consonant (the consonant's tick gives way to the sign),
 * consonants after a virama become their subscript forms, a virama ending a word joins its consonant,
 * and క్ష is one glyph. The two scripts are built alike and lie at the same places of their blocks;
 * the rules are written in Telugu. The glyphs are put in the order the font expects (base consonant, its vowel sign, the
 * subscripts, then the marks), as an OpenType shaper would. Only the substitutions fontbox reads
 * are applied (single and ligature ones; not the contextual alternates that fine-tune a few
 * vowel signs), and marks keep their default positions, as no mark positioning is applied.
 */
final class SubjoiningShaper {

    private record Script(List<String> tags, int offset) {
    }

    private static final List<Script> SCRIPTS = List.of(
            new Script(List.of("tel2", "telu"), 0), new Script(List.of("knd2", "knda"), 0x0C80 - 0x0C00));

    private static final char KA = '\u0C15';
    private static final char VIRAMA = '\u0C4D';
    /** The features in the order of Microsoft's Telugu shaping spec, less those fontbox cannot read. */
    private static final List<String> FEATURES = List.of("akhn", "blwf", "abvs", "blws", "psts", "haln");

    private final Map<Integer, Integer> glyphByCodePoint;
    /** Where the script's block starts after Telugu's. */
    private final int offset;
    private final Map<String, ScriptFeature> features = new HashMap<>();
    private final Map<String, Integer> longestMatch = new HashMap<>();

    private SubjoiningShaper(Map<Integer, Integer> glyphByCodePoint, int offset, GsubData gsub) {
        this.glyphByCodePoint = glyphByCodePoint;
        this.offset = offset;
        for (String name : FEATURES) {
            if (gsub.isFeatureSupported(name)) {
                ScriptFeature feature = gsub.getFeature(name);
                features.put(name, feature);
                longestMatch.put(name, feature.getAllGlyphIdsForSubstitution().stream()
                        .mapToInt(List::size).max().orElse(0));
            }
        }
    }

    /** The shaper for a font with Telugu or Kannada substitutions, else null. */
    static SubjoiningShaper of(TrueTypeFont ttf, Map<Integer, Integer> glyphByCodePoint) {
        try {
            GlyphSubstitutionTable table = ttf.getGsub();
            if (table == null) {
                return null;
            }
            for (Script script : SCRIPTS) {
                if (!glyphByCodePoint.containsKey(KA + script.offset())) {
                    continue;
                }
                for (String tag : script.tags()) {
                    GsubData gsub = table.getGsubData(tag);
                    if (gsub != null && gsub != GsubData.NO_DATA_FOUND) {
                        return new SubjoiningShaper(glyphByCodePoint, script.offset(), gsub);
                    }
                }
            }
            return null;
        } catch (IOException | RuntimeException e) {
            return null; // drawn a glyph per character, as without this shaper
        }
    }

    /** The glyphs that draw {@code run}, a run of characters the font covers, without spaces. */
    List<Integer> glyphs(String run) {
        List<Integer> out = new ArrayList<>(run.length());
        int i = 0;
        while (i < run.length()) {
            i = syllable(run, i, out);
        }
        return out;
    }

    /** Shapes the syllable starting at {@code start} into {@code out}; returns where the next one starts. */
    private int syllable(String run, int start, List<Integer> out) {
        char first = telugu(run.charAt(start));
        if (!isConsonant(first)) {
            out.add(glyph(first));
            return start + 1;
        }
        List<Integer> base = new ArrayList<>(List.of(glyph(first)));
        List<List<Integer>> subscripts = new ArrayList<>();
        int i = start + 1;
        while (i + 1 < run.length() && telugu(run.charAt(i)) == VIRAMA && isConsonant(telugu(run.charAt(i + 1)))) {
            List<Integer> pair = List.of(glyph(VIRAMA), glyph(telugu(run.charAt(i + 1))));
            // క్ష is a letter of its own: its virama and ష stay with the base
            List<Integer> withBase = new ArrayList<>(base);
            withBase.addAll(pair);
            if (subscripts.isEmpty() && base.size() == 1 && substitute("akhn", withBase).size() == 1) {
                base = substitute("akhn", withBase);
            } else {
                subscripts.add(substitute("blwf", pair));
            }
            i += 2;
        }
        List<Integer> signs = new ArrayList<>();
        List<Integer> marks = new ArrayList<>();
        boolean finalVirama = false;
        for (; i < run.length() && isMark(telugu(run.charAt(i))); i++) {
            char c = telugu(run.charAt(i));
            if (c == VIRAMA) {
                finalVirama = true;
            } else if (isVowelSign(c)) {
                signs.add(glyph(c));
            } else {
                marks.add(glyph(c));
            }
        }
        List<Integer> syllable = new ArrayList<>(base);
        syllable.addAll(signs);
        if (finalVirama) {
            syllable.add(glyph(VIRAMA));
        }
        syllable = substitute("haln", substitute("psts", substitute("blws", substitute("abvs", syllable))));
        out.addAll(syllable);
        subscripts.forEach(out::addAll);
        out.addAll(marks);
        return i;
    }

    /** The glyphs with each longest run the feature substitutes replaced by its substitute. */
    private List<Integer> substitute(String name, List<Integer> glyphs) {
        ScriptFeature feature = features.get(name);
        if (feature == null || glyphs.size() < 2) {
            return glyphs;
        }
        List<Integer> out = new ArrayList<>(glyphs.size());
        int i = 0;
        while (i < glyphs.size()) {
            int matched = 0;
            for (int length = Math.min(longestMatch.get(name), glyphs.size() - i); length >= 2; length--) {
                List<Integer> candidate = glyphs.subList(i, i + length);
                if (feature.canReplaceGlyphs(candidate)) {
                    out.add(feature.getReplacementForGlyphs(candidate));
                    matched = length;
                    break;
                }
            }
            if (matched == 0) {
                out.add(glyphs.get(i));
                matched = 1;
            }
            i += matched;
        }
        return out;
    }

    /** The character as the Telugu one at its place, for the rules above. */
    private char telugu(char c) {
        return (char) (c - offset);
    }

    /** The glyph of the script's character at the place of Telugu {@code c}. */
    private int glyph(char c) {
        Integer gid = glyphByCodePoint.get(c + offset);
        return gid == null ? 0 : gid;
    }

    private static boolean isConsonant(char c) {
        return c >= '\u0C15' && c <= '\u0C39' || c >= '\u0C58' && c <= '\u0C5A';
    }

    private static boolean isVowelSign(char c) {
        return c >= '\u0C3E' && c <= '\u0C4C' || c == '\u0C55' || c == '\u0C56' || c == '\u0C62' || c == '\u0C63';
    }

    /** Vowel signs, virama, length marks and the signs after a syllable (candrabindu, anusvara, visarga). */
    private static boolean isMark(char c) {
        return c >= '\u0C00' && c <= '\u0C04' || c >= '\u0C3C' && c <= '\u0C56' || c == '\u0C62' || c == '\u0C63';
    }
}
