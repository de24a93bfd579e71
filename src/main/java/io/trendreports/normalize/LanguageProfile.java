package io.trendreports.normalize;

import java.util.Locale;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;

/**
 * How text in one language is analysed.
 *
 * @param code      ISO 639-1 code, or {@code und} when the language is unknown
 * @param stopWords function words, lower case
 * @param stemming  tokenizes, lower-cases, drops stop words and stems (thread-safe)
 */
record LanguageProfile(String code, Locale locale, CharArraySet stopWords, Analyzer stemming) {

    boolean isStopWord(String lowerCaseWord) {
        return stopWords.contains(lowerCaseWord);
    }
}
