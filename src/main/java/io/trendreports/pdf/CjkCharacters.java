package io.trendreports.pdf;

import java.lang.Character.UnicodeBlock;
import java.lang.Character.UnicodeScript;
import java.util.Set;

/**
 * The characters the bundled CJK face is there for: the letters of Chinese, Japanese and Korean
 * (Han, Hiragana, Katakana, Hangul, Bopomofo) and the punctuation and full-width forms set with
 * them. Characters outside, emoji in particular, never make a document read that font.
 */
final class CjkCharacters {

    /** Blocks whose punctuation counts as script Common, yet is only ever set in CJK text (、。「」ー，). */
    private static final Set<UnicodeBlock> PUNCTUATION_BLOCKS = Set.of(
            UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION, UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS,
            UnicodeBlock.HIRAGANA, UnicodeBlock.KATAKANA, UnicodeBlock.KANBUN, UnicodeBlock.CJK_STROKES,
            UnicodeBlock.CJK_COMPATIBILITY, UnicodeBlock.CJK_COMPATIBILITY_FORMS, UnicodeBlock.VERTICAL_FORMS,
            UnicodeBlock.ENCLOSED_CJK_LETTERS_AND_MONTHS);

    private CjkCharacters() {
    }

    static boolean contains(int codePoint) {
        switch (UnicodeScript.of(codePoint)) {
            case HAN, HIRAGANA, KATAKANA, HANGUL, BOPOMOFO:
                return true;
            default:
                return PUNCTUATION_BLOCKS.contains(UnicodeBlock.of(codePoint));
        }
    }
}
