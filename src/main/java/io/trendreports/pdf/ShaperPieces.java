package io.trendreports.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a run of Devanagari or Gujarati into the pieces PDFBox's shaper draws right, in drawing order.
 * Its shapers for both (fontbox {@code GsubWorkerForDevanagari} and {@code GsubWorkerForGujarati}, one
 * algorithm over letters that lie at the same places of their blocks) move the vowel sign i (ि) back by one glyph
 * only, so in front of a conjunct it lands inside it (स्थि drawn as स्‌िथ), and it moves a reph (र्)
 * past one glyph only, so a reph with the sign i or with a conjunct comes out scrambled (पारदर्शिता as
 * पारदशरि्ता). Each syllable that has either is therefore handed over already in visual order: the
 * sign i first in a piece of its own, where the shaper never moves it, and the reph as a piece of
 * its own after its syllable, where the font's reph glyph (no advance) sits over the syllable's end.
 * Everything else, conjuncts and half forms included, is left to the shaper. The text a reader
 * copies is kept apart, as the run's ActualText ({@link LayoutWriter}).
 */
final class ShaperPieces {

    static final ShaperPieces DEVANAGARI = new ShaperPieces(0);
    static final ShaperPieces GUJARATI = new ShaperPieces(0x0A80 - 0x0900);

    private static final char RA = '\u0930';
    private static final char NUKTA = '\u093C';
    private static final char VIRAMA = '\u094D';
    private static final char SIGN_I = '\u093F';

    /** Where the script's block starts after Devanagari's; the rules below are written in Devanagari. */
    private final int offset;

    private ShaperPieces(int offset) {
        this.offset = offset;
    }

    /** The pieces of {@code run} to draw one after the other; the run itself when nothing needs moving. */
    List<String> pieces(String script) {
        // classified and cut as Devanagari, handed back in the run's own letters
        String run = offset == 0 ? script : shift(script, -offset);
        if (run.indexOf(SIGN_I) < 0 && !hasReph(run)) {
            return List.of(script);
        }
        List<String> pieces = new ArrayList<>();
        StringBuilder piece = new StringBuilder();
        int i = 0;
        while (i < run.length()) {
            int end = syllableEnd(run, i);
            String syllable = run.substring(i, end);
            boolean reph = isReph(run, i);
            String rest = reph ? syllable.substring(2) : syllable;
            int signI = rest.indexOf(SIGN_I);
            if (signI < 0 && !reph) {
                piece.append(syllable);
            } else {
                flush(piece, pieces);
                if (signI >= 0) {
                    piece.append(SIGN_I).append(rest, 0, signI).append(rest, signI + 1, rest.length());
                } else {
                    piece.append(rest);
                }
                if (reph) {
                    flush(piece, pieces);
                    pieces.add(syllable.substring(0, 2));
                }
            }
            i = end;
        }
        flush(piece, pieces);
        if (offset != 0) {
            pieces.replaceAll(p -> shift(p, offset));
        }
        return pieces;
    }

    private static String shift(String text, int by) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean inBlock = by < 0 ? c >= 0x0900 - by && c <= 0x097F - by : c >= 0x0900 && c <= 0x097F;
            sb.append(inBlock ? (char) (c + by) : c);
        }
        return sb.toString();
    }

    private static void flush(StringBuilder piece, List<String> pieces) {
        if (piece.length() > 0) {
            pieces.add(piece.toString());
            piece.setLength(0);
        }
    }

    /**
     * End of the syllable starting at {@code start}: consonants joined by viramas, each with its
     * nukta, then the vowel signs and marks that follow. Anything else (an independent vowel, a digit)
     * is a syllable with its own marks.
     */
    private static int syllableEnd(String run, int start) {
        int i = start;
        if (isConsonant(run.charAt(i))) {
            i = consonantEnd(run, i);
            while (i + 1 < run.length() && run.charAt(i) == VIRAMA && isConsonant(run.charAt(i + 1))) {
                i = consonantEnd(run, i + 1);
            }
        } else {
            i++;
        }
        while (i < run.length() && isMark(run.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int consonantEnd(String run, int consonant) {
        int i = consonant + 1;
        return i < run.length() && run.charAt(i) == NUKTA ? i + 1 : i;
    }

    /** र and a virama opening a syllable that goes on with another consonant: drawn as a reph above it. */
    private static boolean isReph(String run, int start) {
        return start + 2 < run.length() && run.charAt(start) == RA && run.charAt(start + 1) == VIRAMA
                && isConsonant(run.charAt(start + 2));
    }

    private static boolean hasReph(String run) {
        for (int i = run.indexOf(RA); i >= 0; i = run.indexOf(RA, i + 1)) {
            if (isReph(run, i)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isConsonant(char c) {
        return c >= '\u0915' && c <= '\u0939' || c >= '\u0958' && c <= '\u095F' || c >= '\u0978' && c <= '\u097F';
    }

    /** Vowel signs, virama, nukta and the marks above or after a syllable (candrabindu, anusvara, visarga). */
    private static boolean isMark(char c) {
        return c >= '\u0900' && c <= '\u0903' || c >= '\u093A' && c <= '\u094F' || c >= '\u0951' && c <= '\u0957'
                || c == '\u0962' || c == '\u0963';
    }
}
