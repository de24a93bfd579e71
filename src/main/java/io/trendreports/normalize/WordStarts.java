package io.trendreports.normalize;

import java.util.function.IntPredicate;

/**
 * Where words start in a text, and the word found there. Matchers for whole-word names and
 * keywords only try the names that begin with the word at hand, instead of running every name's
 * pattern over the whole text (which was most of the normalizer's time).
 */
final class WordStarts {

    private WordStarts() {
    }

    /** Letters and numbers, as {@code [\p{L}\p{N}]} in the patterns that verify a match. */
    static boolean isWordChar(int codePoint) {
        if (codePoint < 0x80) {
            return codePoint >= 'a' && codePoint <= 'z' || codePoint >= 'A' && codePoint <= 'Z'
                    || codePoint >= '0' && codePoint <= '9';
        }
        if (Character.isLetter(codePoint)) {
            return true;
        }
        int type = Character.getType(codePoint);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    /** The leading run of word characters of {@code s} (empty when it starts with something else). */
    static String firstWord(String s) {
        int end = 0;
        while (end < s.length() && isWordChar(s.codePointAt(end))) {
            end += Character.charCount(s.codePointAt(end));
        }
        return s.substring(0, end);
    }

    interface Visitor {
        void word(int start, String word);
    }

    /**
     * Calls {@code visitor} for every maximal run of word characters whose preceding character is
     * not one {@code glue} accepts (the start of the text always qualifies).
     */
    static void forEach(String text, IntPredicate glue, Visitor visitor) {
        int i = 0;
        int previous = -1;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            if (!isWordChar(cp)) {
                previous = cp;
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            while (i < text.length() && isWordChar(text.codePointAt(i))) {
                i += Character.charCount(text.codePointAt(i));
            }
            if (previous == -1 || !glue.test(previous)) {
                visitor.word(start, text.substring(start, i));
            }
            previous = text.codePointBefore(i);
        }
    }
}
