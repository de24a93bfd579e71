package io.trendreports.normalize;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.Character.UnicodeScript;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.optimaize.langdetect.DetectedLanguage;
import com.optimaize.langdetect.LanguageDetector;
import com.optimaize.langdetect.LanguageDetectorBuilder;
import com.optimaize.langdetect.ngram.NgramExtractors;
import com.optimaize.langdetect.profiles.LanguageProfile;

/**
 * Optimaize's n-gram language detector, one per script whose languages only n-grams tell apart,
 * each holding just that script's languages from the profiles shipped in the library's jar.
 *
 * <p>Why split by script: the detector keeps, for every n-gram of every profile, one probability
 * per loaded language, so one detector over all 70 profiles holds about 80 MB of heap, while the
 * Latin one holds about 20 MB and the other three 2 MB or less; and a run in Latin-script languages
 * never loads the others. Each detector is built on first use, once per JVM (0.3 to 0.4 s for the
 * Latin one in a fresh JVM, loading the classes included, see {@link NgramProfileReader}; the
 * start-up warm-up does it in the background) and shared: Optimaize's detector is immutable, thread-safe and, with its fixed
 * seed, gives the same answer for the same text every time.
 */
final class NgramLanguageModels {

    /** Optimaize's profiles by script, all of them but those that a script alone decides. */
    static final Map<UnicodeScript, List<String>> PROFILES = Map.of(
            UnicodeScript.LATIN, List.of("af", "an", "ast", "br", "ca", "cs", "cy", "da", "de", "en", "es", "et",
                    "eu", "fi", "fr", "ga", "gl", "hr", "ht", "hu", "id", "is", "it", "lt", "lv", "ms", "mt", "nl",
                    "no", "oc", "pl", "pt", "ro", "sk", "sl", "so", "sq", "sv", "sw", "tl", "tr", "vi"),
            UnicodeScript.CYRILLIC, List.of("be", "bg", "mk", "ru", "sr", "uk"),
            UnicodeScript.ARABIC, List.of("ar", "fa", "ur"),
            UnicodeScript.DEVANAGARI, List.of("hi", "mr", "ne"));

    private static final Map<UnicodeScript, LanguageDetector> BUILT = new ConcurrentHashMap<>();

    private NgramLanguageModels() {
    }

    static boolean covers(UnicodeScript script) {
        return PROFILES.containsKey(script);
    }

    /** The likely languages of {@code text}, written in {@code script}, most likely first; may be empty. */
    static List<DetectedLanguage> probabilities(UnicodeScript script, String text) {
        return BUILT.computeIfAbsent(script, NgramLanguageModels::build).getProbabilities(text);
    }

    /** A new detector for {@code script}, not cached; {@link #probabilities} builds each once. */
    static LanguageDetector build(UnicodeScript script) {
        List<LanguageProfile> profiles = new ArrayList<>();
        try {
            for (String code : PROFILES.get(script)) {
                profiles.add(NgramProfileReader.read(code));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("language profiles of " + script + " cannot be read", e);
        }
        return LanguageDetectorBuilder.create(NgramExtractors.standard()).withProfiles(profiles).build();
    }
}
