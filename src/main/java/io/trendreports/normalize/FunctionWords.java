package io.trendreports.normalize;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

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

    private static final Set<String> ENGLISH = words(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
    private static final Map<String, Set<String>> NOT_ENGLISH = notEnglish();

    private FunctionWords() {
    }

    /**
     * The language whose function words outnumber the English ones in {@code text}, or
     * {@code "en"} when none does.
     */
    static String insteadOfEnglish(String text) {
        Map<String, Integer> counts = new HashMap<>();
        int english = 0;
        for (String token : text.toLowerCase(Locale.ROOT).split("[^\\p{L}'’]+")) {
            if (token.isEmpty()) {
                continue;
            }
            if (ENGLISH.contains(token) || EnglishFunctionWords.MORE.contains(token)) {
                english++;
            }
            for (Map.Entry<String, Set<String>> e : NOT_ENGLISH.entrySet()) {
                if (e.getValue().contains(token)) {
                    counts.merge(e.getKey(), 1, Integer::sum);
                }
            }
        }
        String best = "en";
        int bestCount = 0;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (e.getValue() > bestCount) {
                best = e.getKey();
                bestCount = e.getValue();
            }
        }
        return bestCount >= MIN_WORDS && bestCount > english ? best : "en";
    }

    private static Map<String, Set<String>> notEnglish() {
        Map<String, Set<String>> all = new HashMap<>();
        for (String code : LANGUAGES) {
            LanguageProfile profile = LanguageAnalyzers.build(code);
            all.put(code, words(profile.stopWords()));
        }
        Map<String, Set<String>> notEnglish = new HashMap<>();
        for (String code : LANGUAGES) {
            Set<String> own = new HashSet<>(all.get(code));
            own.removeAll(ENGLISH);
            own.removeAll(EnglishFunctionWords.MORE);
            notEnglish.put(code, Set.copyOf(own));
        }
        return Map.copyOf(notEnglish);
    }

    private static Set<String> words(CharArraySet set) {
        Set<String> words = new HashSet<>();
        for (Object o : set) {
            words.add(o instanceof char[] chars ? new String(chars) : o.toString());
        }
        return words;
    }
}
