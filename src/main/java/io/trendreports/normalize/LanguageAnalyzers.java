package io.trendreports.normalize;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.StopwordAnalyzerBase;
import org.apache.lucene.analysis.WordlistLoader;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.bg.BulgarianAnalyzer;
import org.apache.lucene.analysis.bn.BengaliAnalyzer;
import org.apache.lucene.analysis.ca.CatalanAnalyzer;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.ckb.SoraniAnalyzer;
import org.apache.lucene.analysis.cz.CzechAnalyzer;
import org.apache.lucene.analysis.da.DanishAnalyzer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.el.GreekAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.et.EstonianAnalyzer;
import org.apache.lucene.analysis.eu.BasqueAnalyzer;
import org.apache.lucene.analysis.fa.PersianAnalyzer;
import org.apache.lucene.analysis.fi.FinnishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.ga.IrishAnalyzer;
import org.apache.lucene.analysis.gl.GalicianAnalyzer;
import org.apache.lucene.analysis.hi.HindiAnalyzer;
import org.apache.lucene.analysis.hu.HungarianAnalyzer;
import org.apache.lucene.analysis.hy.ArmenianAnalyzer;
import org.apache.lucene.analysis.id.IndonesianAnalyzer;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.lt.LithuanianAnalyzer;
import org.apache.lucene.analysis.lv.LatvianAnalyzer;
import org.apache.lucene.analysis.ne.NepaliAnalyzer;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.no.NorwegianAnalyzer;
import org.apache.lucene.analysis.pl.PolishAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.apache.lucene.analysis.ro.RomanianAnalyzer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.sr.SerbianAnalyzer;
import org.apache.lucene.analysis.sv.SwedishAnalyzer;
import org.apache.lucene.analysis.ta.TamilAnalyzer;
import org.apache.lucene.analysis.te.TeluguAnalyzer;
import org.apache.lucene.analysis.th.ThaiAnalyzer;
import org.apache.lucene.analysis.tr.TurkishAnalyzer;

/**
 * Every language Lucene has an analyzer for, by ISO 639-1 code (Sorani, which has none, by its
 * ISO 639-3 code {@code ckb}), each with the stop words that analyzer drops. Profiles are built on
 * demand: an analyzer loads its stop list and stemmer tables when constructed, and a run in one
 * language should not pay for forty.
 *
 * <p>Not here: Ukrainian (Lucene's analyzer needs a 4 MB Morfologik dictionary; Ukrainian text is
 * segmented and lower-cased only), and languages Lucene cannot stem; both get the neutral profile.
 */
final class LanguageAnalyzers {

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

    private static final Map<String, Supplier<LanguageProfile>> BUILDERS = new TreeMap<>();

    static {
        BUILDERS.put("en", LanguageAnalyzers::english);
        stemmed("fr", FrenchAnalyzer::new);
        stemmed("de", GermanAnalyzer::new);
        stemmed("es", SpanishAnalyzer::new);
        stemmed("it", ItalianAnalyzer::new);
        stemmed("ar", ArabicAnalyzer::new);
        stemmed("bg", BulgarianAnalyzer::new);
        stemmed("bn", BengaliAnalyzer::new);
        stemmed("ca", CatalanAnalyzer::new);
        stemmed("ckb", SoraniAnalyzer::new);
        stemmed("cs", CzechAnalyzer::new);
        stemmed("da", DanishAnalyzer::new);
        stemmed("el", GreekAnalyzer::new);
        stemmed("et", EstonianAnalyzer::new);
        stemmed("eu", BasqueAnalyzer::new);
        stemmed("fa", PersianAnalyzer::new);
        stemmed("fi", FinnishAnalyzer::new);
        stemmed("ga", IrishAnalyzer::new);
        stemmed("gl", GalicianAnalyzer::new);
        stemmed("hi", HindiAnalyzer::new);
        stemmed("hu", HungarianAnalyzer::new);
        stemmed("hy", ArmenianAnalyzer::new);
        stemmed("id", IndonesianAnalyzer::new);
        stemmed("lt", LithuanianAnalyzer::new);
        stemmed("lv", LatvianAnalyzer::new);
        stemmed("ne", NepaliAnalyzer::new);
        // the one analyzer not built on StopwordAnalyzerBase
        BUILDERS.put("nl", () -> {
            CharArraySet dutch = DutchAnalyzer.getDefaultStopSet();
            return new LanguageProfile("nl", Locale.forLanguageTag("nl"), CharArraySet.unmodifiableSet(dutch),
                    new DutchAnalyzer(dutch));
        });
        stemmed("no", NorwegianAnalyzer::new);
        stemmed("pl", PolishAnalyzer::new);
        stemmed("pt", PortugueseAnalyzer::new);
        stemmed("ro", RomanianAnalyzer::new);
        stemmed("ru", RussianAnalyzer::new);
        stemmed("sr", SerbianAnalyzer::new);
        stemmed("sv", SwedishAnalyzer::new);
        stemmed("ta", TamilAnalyzer::new);
        stemmed("te", TeluguAnalyzer::new);
        stemmed("tr", TurkishAnalyzer::new);
        // Thai is written without spaces: Lucene's Thai tokenizer finds the words it stems, and the
        // same dictionary segmentation counts them
        BUILDERS.put("th", () -> segmented("th", new ThaiAnalyzer(), true));
        // Chinese and Japanese have no spaces and Korean glues particles to words: overlapping
        // character pairs match keywords whatever the segmentation (CJKAnalyzer), while words are
        // counted and shown as a dictionary segments them
        for (String code : List.of("zh", "ja", "ko")) {
            BUILDERS.put(code, () -> segmented(code, new CJKAnalyzer(), false));
        }
    }

    /** Other codes of a language above: Norwegian Bokmål and Nynorsk share Lucene's Norwegian analyzer. */
    private static final Map<String, String> ALIASES = Map.of("nb", "no", "nn", "no");

    private LanguageAnalyzers() {
    }

    /** The codes with an analyzer, aliases left out. */
    static Set<String> codes() {
        return BUILDERS.keySet();
    }

    /** A new profile for {@code code} (lower case, no region), or {@code null} when Lucene has no analyzer. */
    static LanguageProfile build(String code) {
        Supplier<LanguageProfile> builder = BUILDERS.get(ALIASES.getOrDefault(code, code));
        return builder == null ? null : builder.get();
    }

    private static void stemmed(String code, Supplier<StopwordAnalyzerBase> analyzer) {
        BUILDERS.put(code, () -> {
            StopwordAnalyzerBase a = analyzer.get();
            return new LanguageProfile(code, Locale.forLanguageTag(code), CharArraySet.unmodifiableSet(a.getStopwordSet()), a);
        });
    }

    private static LanguageProfile segmented(String code, StopwordAnalyzerBase analyzer, boolean stemsEachWord) {
        return new LanguageProfile(code, Locale.forLanguageTag(code), CharArraySet.unmodifiableSet(analyzer.getStopwordSet()),
                analyzer, Tokens.SEGMENTED_WORDS, stemsEachWord);
    }

    private static LanguageProfile english() {
        CharArraySet english = new CharArraySet(EnglishAnalyzer.getDefaultStopSet(), false);
        english.addAll(snowballStopWords("english_stop.txt"));
        english.addAll(EXTRA_ENGLISH);
        return new LanguageProfile("en", Locale.ENGLISH, CharArraySet.unmodifiableSet(english), new EnglishAnalyzer(english));
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
