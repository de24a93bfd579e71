package io.trendreports.normalize;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.WordlistLoader;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/** The languages the normalizer can stem, each analysed with Lucene's analyzer for it. */
final class LanguageProfiles {

    static final String UNDETERMINED = "und";

    /**
     * Lucene's default English stop set has only 33 words, so key terms would be full of "has",
     * "which", "from". Snowball's list plus a few discourse words gives candidates that read as terms.
     */
    private static final List<String> EXTRA_ENGLISH = List.of(
            "also", "can", "may", "might", "must", "will", "shall", "however", "furthermore", "additionally",
            "moreover", "thus", "therefore", "including", "within", "across", "toward", "towards", "via",
            "etc", "e.g", "i.e", "eg", "ie", "now", "many", "much", "yet", "still", "even", "just", "like",
            "well", "whether", "upon", "among", "along", "around", "without", "per", "one", "two",
            "various", "several", "particularly", "especially", "increasingly", "ultimately", "make", "makes",
            "making", "made", "allow", "allows", "allowing", "let", "lets", "keep", "become", "becomes",
            "became", "becoming");

    private final Map<String, LanguageProfile> profiles = new LinkedHashMap<>();
    private final LanguageProfile undetermined;

    LanguageProfiles() {
        CharArraySet english = new CharArraySet(EnglishAnalyzer.getDefaultStopSet(), false);
        english.addAll(snowballStopWords("english_stop.txt"));
        english.addAll(EXTRA_ENGLISH);
        add("en", Locale.ENGLISH, english, new EnglishAnalyzer(english));
        CharArraySet french = FrenchAnalyzer.getDefaultStopSet();
        add("fr", Locale.FRENCH, french, new FrenchAnalyzer(french));
        CharArraySet german = GermanAnalyzer.getDefaultStopSet();
        add("de", Locale.GERMAN, german, new GermanAnalyzer(german));
        CharArraySet spanish = SpanishAnalyzer.getDefaultStopSet();
        add("es", Locale.forLanguageTag("es"), spanish, new SpanishAnalyzer(spanish));
        CharArraySet italian = ItalianAnalyzer.getDefaultStopSet();
        add("it", Locale.ITALIAN, italian, new ItalianAnalyzer(italian));
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

    private void add(String code, Locale locale, CharArraySet stopWords, Analyzer analyzer) {
        profiles.put(code, new LanguageProfile(code, locale, CharArraySet.unmodifiableSet(stopWords), analyzer));
    }

    /** The profile for an ISO 639-1 code (region suffixes such as {@code en-GB} are ignored). */
    LanguageProfile of(String code) {
        if (code == null) {
            return undetermined;
        }
        String base = code.strip().toLowerCase(Locale.ROOT).split("[-_]", 2)[0];
        return profiles.getOrDefault(base, undetermined);
    }

    Collection<LanguageProfile> supported() {
        return profiles.values();
    }

    LanguageProfile undetermined() {
        return undetermined;
    }

    private static CharArraySet snowballStopWords(String resource) {
        InputStream in = SnowballFilter.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("Lucene resource " + resource + " is missing");
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return WordlistLoader.getSnowballWordSet(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
