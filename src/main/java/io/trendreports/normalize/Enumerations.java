package io.trendreports.normalize;

import java.util.List;

/**
 * Whether a sentence lists things: "images, audio and video", "Paris, Berlin, et Madrid", two
 * short items before a comma and a conjunction. Concrete examples make a sentence a better
 * summary. Read by hand from each ", " rather than by a regular expression, whose try at every
 * position with two bounded runs cost more than the rest of the summary's scoring.
 *
 * <p>Matches what {@code [\p{L}\p{N}][^,.;]{1,40}, [^,.;]{1,40},? (?:and|or|et|ou|und|oder|y|o|e) }
 * finds: an item of 2 to 41 characters starting with a letter or digit, ", ", an item of 1 to 40
 * characters, an optional comma, a space, a conjunction and a space; no item holds a comma,
 * full stop or semicolon.
 */
final class Enumerations {

    private static final int ITEM = 40;
    private static final List<String> CONJUNCTIONS = List.of("and", "or", "et", "ou", "und", "oder", "y", "o", "e");

    private Enumerations() {
    }

    static boolean in(String sentence) {
        int from = 0;
        while (true) {
            int comma = sentence.indexOf(", ", from);
            if (comma < 0) {
                return false;
            }
            from = comma + 1;
            if (itemBefore(sentence, comma) && itemThenConjunction(sentence, comma + 2)) {
                return true;
            }
        }
    }

    private static boolean itemBefore(String s, int comma) {
        for (int i = comma - 1; i >= 0 && i >= comma - 1 - ITEM; i--) {
            char c = s.charAt(i);
            if (isBreak(c)) {
                return false;
            }
            if (i <= comma - 2 && startsItem(c)) {
                return true;
            }
        }
        return false;
    }

    private static boolean itemThenConjunction(String s, int start) {
        for (int j = start; j < s.length() && j <= start + ITEM; j++) {
            char c = s.charAt(j);
            if (j > start) {
                if (c == ',') {
                    return j + 1 < s.length() && s.charAt(j + 1) == ' ' && conjunctionAt(s, j + 2);
                }
                if (c == ' ' && conjunctionAt(s, j + 1)) {
                    return true;
                }
            }
            if (isBreak(c)) {
                return false;
            }
        }
        return false;
    }

    private static boolean conjunctionAt(String s, int at) {
        for (String word : CONJUNCTIONS) {
            int end = at + word.length();
            if (end < s.length() && s.startsWith(word, at) && s.charAt(end) == ' ') {
                return true;
            }
        }
        return false;
    }

    private static boolean isBreak(char c) {
        return c == ',' || c == '.' || c == ';';
    }

    private static boolean startsItem(char c) {
        if (Character.isLetter(c)) {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }
}
