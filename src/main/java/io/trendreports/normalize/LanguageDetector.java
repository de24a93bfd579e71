package io.trendreports.normalize;

import java.lang.Character.UnicodeScript;
import java.util.List;
import java.util.Map;

import com.optimaize.langdetect.DetectedLanguage;

import io.trendreports.model.Section;
import io.trendreports.model.SourceReport;

/**
 * Names a report's language: by its main script where one language writes it ({@link WritingSystem};
 * Han with kana is Japanese, without Chinese), by letters only one language writes
 * ({@link VietnameseLetters}), else by character n-grams within that script
 * ({@link NgramLanguageModels}, Optimaize), with the function words checking an English verdict
 * ({@link FunctionWords}). Measured on short texts of 26 languages, see
 * {@code LanguageDetectorTest}.
 *
 * <p>Stateless; the models behind it are built once per JVM and shared by all threads.
 */
final class LanguageDetector {

    /** Fewer weighted letters than this (a title, a few numbers) is too little to name a language. */
    static final int MIN_LETTERS = 20;
    /**
     * Optimaize runs seven randomised trials on a longer text, so its probabilities come in
     * sevenths: a language must win the majority of them.
     */
    static final double MIN_PROBABILITY = 0.5;
    /**
     * The start of a long report says as much about its language as the whole; Optimaize's own
     * setting for large texts reads as much, and the time taken grows with the length.
     */
    static final int MAX_CHARS = 10_000;
    /**
     * The n-grams are read from at most this many letters of the script. Optimaize cuts every
     * text it is given into all its n-grams first (a fifth of the normalizer's time on a
     * 10,000-character report), then each of its seven trials draws a few hundred of them at
     * random; three windows of a third each, at the start, the middle and the end, let those
     * draws see the whole report for a third of the cutting.
     */
    static final int NGRAM_CHARS = 3_000;
    /**
     * Japanese writes a third or more of its text in kana (a headline of kanji compounds still has
     * a few particles), Chinese none.
     */
    private static final double JAPANESE_KANA_SHARE = 0.03;

    /** Scripts that, among the languages reports come in, one language writes. */
    private static final Map<UnicodeScript, String> SCRIPT_LANGUAGES = Map.ofEntries(
            Map.entry(UnicodeScript.HANGUL, "ko"), Map.entry(UnicodeScript.GREEK, "el"),
            Map.entry(UnicodeScript.THAI, "th"), Map.entry(UnicodeScript.HEBREW, "he"),
            Map.entry(UnicodeScript.ARMENIAN, "hy"), Map.entry(UnicodeScript.GEORGIAN, "ka"),
            Map.entry(UnicodeScript.BENGALI, "bn"), Map.entry(UnicodeScript.TAMIL, "ta"),
            Map.entry(UnicodeScript.TELUGU, "te"), Map.entry(UnicodeScript.GUJARATI, "gu"),
            Map.entry(UnicodeScript.GURMUKHI, "pa"), Map.entry(UnicodeScript.KANNADA, "kn"),
            Map.entry(UnicodeScript.MALAYALAM, "ml"), Map.entry(UnicodeScript.KHMER, "km"),
            Map.entry(UnicodeScript.LAO, "lo"), Map.entry(UnicodeScript.SINHALA, "si"));

    /** The language of the whole report: title, sections and notes. */
    String detect(SourceReport report) {
        StringBuilder all = new StringBuilder();
        append(all, report.title());
        for (Section s : report.sections()) {
            append(all, s.title());
            append(all, s.body());
        }
        for (String note : report.notes()) {
            append(all, note);
        }
        return detect(all.toString());
    }

    /** @return an ISO 639-1 code (ISO 639-3 for a few languages without one), or {@code und} */
    String detect(String text) {
        String sample = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
        char[] chars = sample.toCharArray();
        WritingSystem writing = WritingSystem.of(chars);
        if (writing.script() == UnicodeScript.LATIN && text.length() > sample.length()) {
            // counting scripts is cheap, so the whole text is read too: a report that opens with
            // tables of Latin factor names is still told by the prose of its later parts and notes
            WritingSystem whole = WritingSystem.of(text);
            writing = whole.script() != UnicodeScript.LATIN && whole.script() != UnicodeScript.UNKNOWN ? whole : writing;
        }
        if (writing.letters() < MIN_LETTERS) {
            return LanguageProfiles.UNDETERMINED;
        }
        if (writing.script() == UnicodeScript.HAN) {
            return writing.kanaShare() >= JAPANESE_KANA_SHARE ? "ja" : "zh";
        }
        String byScript = SCRIPT_LANGUAGES.get(writing.script());
        if (byScript != null) {
            return byScript;
        }
        if (!NgramLanguageModels.covers(writing.script())) {
            return LanguageProfiles.UNDETERMINED;
        }
        List<DetectedLanguage> likely = NgramLanguageModels.probabilities(writing.script(),
                windows(writing.keepOnlyMine(chars)));
        String language = likely.isEmpty() || likely.get(0).getProbability() < MIN_PROBABILITY
                ? LanguageProfiles.UNDETERMINED : likely.get(0).getLocale().getLanguage();
        // the English that Vietnamese reports borrow outweighs their own words in n-grams; a text
        // mixing Vietnamese with Spanish prose is told by that prose
        boolean englishOrUnknown = language.equals("en") || language.equals(LanguageProfiles.UNDETERMINED);
        if (!englishOrUnknown) {
            return language;
        }
        // letters and little words are shares of the words: the same windows tell them
        char[] prose = windows(sample).toCharArray();
        if (VietnameseLetters.dominate(prose)) {
            return "vi";
        }
        return language.equals("en") ? FunctionWords.insteadOfEnglish(prose) : language;
    }

    /** {@code text} itself up to {@link #NGRAM_CHARS}, else its start, middle and end, cut at spaces. */
    static String windows(String text) {
        if (text.length() <= NGRAM_CHARS) {
            return text;
        }
        int window = NGRAM_CHARS / 3;
        int middle = (text.length() - window) / 2;
        return String.join(" ", window(text, 0, window), window(text, middle, middle + window),
                window(text, text.length() - window, text.length()));
    }

    /** The words wholly inside {@code [from, to)}: a word cut by either end is left out. */
    private static String window(String text, int from, int to) {
        int start = from;
        if (start > 0 && text.charAt(start - 1) != ' ') {
            int space = text.indexOf(' ', start);
            start = space < 0 || space >= to ? start : space + 1;
        }
        int end = to;
        if (end < text.length() && text.charAt(end) != ' ') {
            int space = text.lastIndexOf(' ', end - 1);
            end = space <= start ? end : space;
        }
        return text.substring(start, end).strip();
    }

    private static void append(StringBuilder all, String text) {
        if (text != null && !text.isBlank()) {
            if (all.length() > 0) {
                all.append('\n');
            }
            all.append(text);
        }
    }
}
