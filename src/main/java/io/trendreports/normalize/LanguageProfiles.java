package io.trendreports.normalize;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The language profiles of one normalizer, each built the first time a report in that language
 * comes along ({@link LanguageAnalyzers} lists them) and shared by the threads from then on.
 */
final class LanguageProfiles {

    static final String UNDETERMINED = "und";

    private final Map<String, LanguageProfile> built = new ConcurrentHashMap<>();
    private final LanguageProfile undetermined;

    LanguageProfiles() {
        // unknown language: segment and lower-case only, so matching still works on exact words
        undetermined = new LanguageProfile(UNDETERMINED, Locale.ROOT, CharArraySet.EMPTY_SET, new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source,
                        new StopFilter(new LowerCaseFilter(source), CharArraySet.EMPTY_SET));
            }
        });
    }

    /**
     * The profile for an ISO 639-1 code (region and script suffixes such as {@code en-GB} or
     * {@code zh-Hant} are ignored); the neutral profile for a language Lucene has no analyzer for.
     */
    LanguageProfile of(String code) {
        if (code == null) {
            return undetermined;
        }
        String base = code.strip().toLowerCase(Locale.ROOT).split("[-_]", 2)[0];
        // a code without analyzer maps to null, which computeIfAbsent does not store
        LanguageProfile profile = built.computeIfAbsent(base, LanguageAnalyzers::build);
        return profile == null ? undetermined : profile;
    }

    LanguageProfile undetermined() {
        return undetermined;
    }
}
