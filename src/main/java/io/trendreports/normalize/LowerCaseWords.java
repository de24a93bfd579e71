package io.trendreports.normalize;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** The words of a text, lower-cased: its maximal runs of letters and digits. */
final class LowerCaseWords {

    private final Set<String> words = new HashSet<>();

    private LowerCaseWords() {
    }

    static LowerCaseWords of(String text) {
        LowerCaseWords result = new LowerCaseWords();
        String lower = text.toLowerCase(Locale.ROOT);
        int start = -1;
        for (int i = 0; i < lower.length(); ) {
            int c = lower.codePointAt(i);
            if (Character.isLetterOrDigit(c)) {
                if (start < 0) {
                    start = i;
                }
            } else if (start >= 0) {
                result.words.add(lower.substring(start, i));
                start = -1;
            }
            i += Character.charCount(c);
        }
        if (start >= 0) {
            result.words.add(lower.substring(start));
        }
        return result;
    }

    boolean containsAny(Set<String> cues) {
        Set<String> smaller = cues.size() < words.size() ? cues : words;
        Set<String> larger = smaller == cues ? words : cues;
        for (String word : smaller) {
            if (larger.contains(word)) {
                return true;
            }
        }
        return false;
    }
}
