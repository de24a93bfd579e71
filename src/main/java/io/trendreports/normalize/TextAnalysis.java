package io.trendreports.normalize;

import java.util.List;

/**
 * The normalizer's per-language text analysis (Lucene's analyzer for the language: segmentation,
 * lower-casing, stop words, stemming) offered to other packages, so that what groups sections
 * elsewhere sees the same terms as key terms and the taxonomy do. Thread-safe; profiles are built
 * the first time a language comes along.
 */
public final class TextAnalysis {

    private final LanguageProfiles languages = new LanguageProfiles();

    /**
     * The stemmed terms of {@code text} without stop words, in text order; overlapping character
     * pairs for Chinese, Japanese and Korean. An unknown or blank language gets the neutral profile
     * (segmented and lower-cased only).
     */
    public List<String> stems(String language, String text) {
        return Tokens.terms(languages.of(language).stemming(), text);
    }

    /** The words of {@code text} as people count them, lower-cased, stop words kept. */
    public List<String> words(String language, String text) {
        return Tokens.terms(languages.of(language).words(), text);
    }

    /** Whether the language's analyzer drops {@code lowerCaseWord} as a function word. */
    public boolean isStopWord(String language, String lowerCaseWord) {
        return languages.of(language).isStopWord(lowerCaseWord);
    }
}
