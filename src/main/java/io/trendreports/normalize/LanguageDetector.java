package io.trendreports.normalize;

import java.util.List;

/**
 * Guesses a text's language by counting its words that are stop words of each supported
 * language: function words are the most frequent words of any text and differ between languages.
 */
final class LanguageDetector {

    /** Fewer stop-word hits than this is too little evidence to name a language. */
    private static final int MIN_HITS = 3;
    /** The languages whose stop words are counted. */
    private static final List<String> CANDIDATES = List.of("en", "fr", "de", "es", "it");

    private final LanguageProfiles profiles;

    LanguageDetector(LanguageProfiles profiles) {
        this.profiles = profiles;
    }

    /** @return an ISO 639-1 code, or {@code und} when no language has enough stop words */
    String detect(String text) {
        List<String> words = Tokens.terms(Tokens.WORDS, text);
        String best = LanguageProfiles.UNDETERMINED;
        int bestHits = MIN_HITS - 1;
        for (String code : CANDIDATES) {
            LanguageProfile profile = profiles.of(code);
            int hits = 0;
            for (String word : words) {
                if (profile.isStopWord(word)) {
                    hits++;
                }
            }
            if (hits > bestHits) {
                best = profile.code();
                bestHits = hits;
            }
        }
        return best;
    }
}
