package io.trendreports.normalize;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.en.EnglishAnalyzer;

/**
 * A second opinion on a text the n-grams take for English. Reports in Dutch, German or Spanish
 * about technology carry so many English terms ("Total Cost of Ownership", "vendor lock-in",
 * "security compliance") that the n-grams of the borrowed words outweigh those of the prose;
 * the little words that hold the prose together ("het", "een", "niet", "voor") do not lie. A
 * language's function words here are those of its Lucene stop list that English does not also
 * have; words two languages share ("de", "que") count for both, and the language with the most
 * wins.
 */
final class FunctionWords {

    /** Latin-script languages whose prose is told apart from English this way. */
    private static final List<String> LANGUAGES = List.of("nl", "de", "fr", "es", "pt", "it", "sv", "da", "no",
            "fi", "id", "tr", "ro", "pl", "cs", "hu", "ca");
    /** Fewer function words than this is a quotation or a name, not prose. */
    private static final int MIN_WORDS = 12;
    /** The words longer than this are no function words: tokens past it are not looked up. */
    private static final int MAX_WORD_CHARS = 12;
    /** Marks English in a word's set of languages, beside the bits of {@link #LANGUAGES}. */
    private static final int ENGLISH = 1 << 31;

    /** Each function word and the languages it is one of, one bit per language. */
    private static final CharArrayMap<Integer> LANGUAGES_OF = languagesOf();

    private FunctionWords() {
    }

    /**
     * The language whose function words outnumber the English ones in {@code text}, or
     * {@code "en"} when none does.
     */
    static String insteadOfEnglish(char[] text) {
        int[] counts = new int[LANGUAGES.size()];
        int english = 0;
        char[] word = new char[MAX_WORD_CHARS];
        int length = 0;
        for (int i = 0; i <= text.length; i++) {
            char c = i < text.length ? text[i] : ' ';
            boolean ascii = c < 0x80;
            if (ascii ? WritingSystem.isAsciiLetter(c) || c == '\'' : Character.isLetter(c) || c == '\u2019') {
                if (length < MAX_WORD_CHARS) {
                    word[length] = ascii ? (char) (c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c) : Character.toLowerCase(c);
                }
                length++;
                continue;
            }
            if (length > 0 && length <= MAX_WORD_CHARS) {
                Integer languages = LANGUAGES_OF.get(word, 0, length);
                if (languages != null) {
                    if ((languages & ENGLISH) != 0) {
                        english++;
                    } else {
                        for (int l = 0; l < counts.length; l++) {
                            counts[l] += (languages >>> l) & 1;
                        }
                    }
                }
            }
            length = 0;
        }
        int best = 0;
        for (int l = 1; l < counts.length; l++) {
            best = counts[l] > counts[best] ? l : best;
        }
        return counts[best] >= MIN_WORDS && counts[best] > english ? LANGUAGES.get(best) : "en";
    }

    private static CharArrayMap<Integer> languagesOf() {
        Set<String> english = words(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
        english.addAll(EnglishFunctionWords.MORE);
        Map<String, Integer> languagesOf = new HashMap<>();
        english.forEach(w -> languagesOf.put(w, ENGLISH));
        for (int l = 0; l < LANGUAGES.size(); l++) {
            int bit = 1 << l;
            for (String w : words(LanguageAnalyzers.build(LANGUAGES.get(l)).stopWords())) {
                if (!english.contains(w)) {
                    languagesOf.merge(w.toLowerCase(Locale.ROOT), bit, (a, b) -> a | b);
                }
            }
        }
        CharArrayMap<Integer> map = new CharArrayMap<>(languagesOf.size(), false);
        map.putAll(languagesOf);
        return CharArrayMap.unmodifiableMap(map);
    }

    private static Set<String> words(CharArraySet set) {
        Set<String> words = new HashSet<>();
        for (Object o : set) {
            words.add(o instanceof char[] chars ? new String(chars) : o.toString());
        }
        return words;
    }
}
