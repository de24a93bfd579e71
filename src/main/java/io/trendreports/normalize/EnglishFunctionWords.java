package io.trendreports.normalize;

import java.util.Set;

/**
 * English function words beyond Lucene's short default stop list (which keeps only the 33 that
 * search ignores), so that English prose counts its little words as fully as other languages'
 * longer stop lists count theirs.
 */
final class EnglishFunctionWords {

    static final Set<String> MORE = Set.of("from", "have", "has", "had", "been", "can", "could", "would", "should",
            "will", "which", "who", "what", "when", "where", "how", "than", "more", "most", "also", "its", "our",
            "their", "we", "you", "he", "she", "his", "her", "all", "any", "each", "other", "some", "only", "over",
            "about", "after", "before", "between", "through", "while", "because", "across", "within", "without",
            "under", "up", "out", "do", "does", "did", "may", "might", "must", "very", "so", "both", "per");

    private EnglishFunctionWords() {
    }
}
