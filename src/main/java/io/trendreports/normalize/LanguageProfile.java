package io.trendreports.normalize;

import java.util.Locale;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;

/**
 * How text in one language is analysed.
 *
 * @param code          ISO 639-1 code, or {@code und} when the language is unknown
 * @param stopWords     function words, lower case
 * @param stemming      tokenizes, lower-cases, drops stop words and stems (thread-safe)
 * @param words         splits text into words as people count them, lower-cased (thread-safe):
 *                      {@link Tokens#WORDS}, or a dictionary segmenter for scripts written without spaces
 * @param stemsEachWord whether {@code stemming} yields at most one token per word, at that word's
 *                      offsets, so that a stem can stand for its word; not so for CJK bigrams
 */
record LanguageProfile(String code, Locale locale, CharArraySet stopWords, Analyzer stemming, Analyzer words,
                       boolean stemsEachWord) {

    /** A language written with spaces between words, stemmed word by word. */
    LanguageProfile(String code, Locale locale, CharArraySet stopWords, Analyzer stemming) {
        this(code, locale, stopWords, stemming, Tokens.WORDS, true);
    }

    boolean isStopWord(String lowerCaseWord) {
        return stopWords.contains(lowerCaseWord);
    }

    /** Words as people count them: tokens holding at least one letter or digit (emoji are not words). */
    int wordCount(String text) {
        return Tokens.wordCount(words, text);
    }
}
