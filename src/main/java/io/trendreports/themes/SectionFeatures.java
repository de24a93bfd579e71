package io.trendreports.themes;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.trendreports.normalize.TextAnalysis;

/** Counts the features of one section: stems, names and cognate prefixes ({@link FeatureGroup}). */
final class SectionFeatures {

    /** A run of letters and digits, with the joiners model and standard names use inside ("GPT-4o", "C++"). */
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}](?:[\\p{L}\\p{N}]|[-.+#/](?=[\\p{L}\\p{N}+#]))*\\+*");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern LATIN_OR_GREEK = Pattern.compile("[\\p{IsLatin}\\p{IsGreek}\\p{IsCyrillic}]+");

    private final TextAnalysis analysis;
    private final ThemeSettings settings;

    SectionFeatures(TextAnalysis analysis, ThemeSettings settings) {
        this.analysis = analysis;
        this.settings = settings;
    }

    /** Raw counts by feature name; heading and normalizer terms count {@link ThemeSettings#headingWeight()} times. */
    Map<String, Float> count(ThemeSection section) {
        Map<String, Float> counts = new HashMap<>();
        String language = section.language();
        float heading = (float) settings.headingWeight();
        stems(language, section.title(), heading, counts);
        stems(language, section.text(), 1f, counts);
        for (String term : section.terms()) {
            stems(language, term, heading, counts);
        }
        names(section.title(), true, heading, counts);
        names(section.text(), false, 1f, counts);
        if (settings.weight(FeatureGroup.PREFIX) > 0) {
            prefixes(language, section.title(), heading, counts);
            prefixes(language, section.text(), 1f, counts);
        }
        return counts;
    }

    private void stems(String language, String text, float weight, Map<String, Float> counts) {
        for (String stem : analysis.stems(language, text)) {
            if (stem.length() > 1 || !isAscii(stem)) {
                counts.merge(FeatureGroup.STEM.tag + stem, weight, Float::sum);
            }
        }
    }

    /**
     * A name is a word holding a digit and a letter, an all-capitals word of two letters or more,
     * or a capitalised word not at the start of a sentence. In German every noun is capitalised, so
     * there this also picks up nouns; their TF-IDF weight keeps that harmless.
     */
    private static void names(String text, boolean isHeading, float weight, Map<String, Float> counts) {
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            String word = m.group();
            if (isName(word, text, m.start(), isHeading)) {
                counts.merge(FeatureGroup.NAME.tag + word.toLowerCase(Locale.ROOT), weight, Float::sum);
            }
        }
    }

    static boolean isName(String word, String text, int start, boolean isHeading) {
        boolean digit = false;
        boolean letter = false;
        int upper = 0;
        int letters = 0;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isDigit(c)) {
                digit = true;
            } else if (Character.isLetter(c)) {
                letter = true;
                letters++;
                if (Character.isUpperCase(c)) {
                    upper++;
                }
            }
        }
        if (!letter) {
            return false;
        }
        if (digit) {
            return true;
        }
        if (upper >= 2 && letters >= 2 && upper * 2 >= letters) {
            return true;
        }
        if (upper == 0 || !Character.isUpperCase(word.charAt(0)) || isHeading) {
            // headings capitalise words for style ("Agents That Use Tools")
            return upper > 1;
        }
        return !startsSentence(text, start);
    }

    private static boolean startsSentence(String text, int start) {
        for (int i = start - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '"' || c == '\'' || c == '(' || c == '«' || c == '“'
                    || c == '*' || c == '_') {
                continue;
            }
            return c == '.' || c == '!' || c == '?' || c == ':' || c == '-' || c == '•' || c == '。' || c == '：';
        }
        return true;
    }

    private void prefixes(String language, String text, float weight, Map<String, Float> counts) {
        int length = settings.prefixLength();
        List<String> words = analysis.words(language, text);
        for (String word : words) {
            if (word.length() <= length || analysis.isStopWord(language, word)) {
                continue;
            }
            String folded = fold(word);
            if (folded.length() > length && LATIN_OR_GREEK.matcher(folded).matches()) {
                counts.merge(FeatureGroup.PREFIX.tag + folded.substring(0, length), weight, Float::sum);
            }
        }
    }

    private static String fold(String word) {
        return MARKS.matcher(Normalizer.normalize(word, Normalizer.Form.NFD)).replaceAll("");
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 127) {
                return false;
            }
        }
        return true;
    }
}
