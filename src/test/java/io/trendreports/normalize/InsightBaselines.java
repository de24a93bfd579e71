package io.trendreports.normalize;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What a reader gets without any cleverness, to measure the normalizer against. */
final class InsightBaselines {

    private static final TextAnalysis ANALYSIS = new TextAnalysis();
    private static final Pattern CAPITALISED_RUN = Pattern.compile("\\p{Lu}[\\p{L}\\p{N}&'\\-]*(?: \\p{Lu}[\\p{L}\\p{N}&'\\-]*)*");
    private static final Pattern NUMBER = Pattern.compile("[$€£]?\\d[\\d.,]*\\s?%?");

    private InsightBaselines() {
    }

    static String firstSentence(String body, Locale locale) {
        List<String> sentences = SentenceSplitter.split(body, locale);
        return sentences.isEmpty() ? "" : sentences.get(0);
    }

    /** The five most frequent words that are not stop words. */
    static List<String> frequentWords(String body, String language) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String word : ANALYSIS.words(language, body)) {
            if (word.codePoints().anyMatch(Character::isLetter) && word.length() > 2
                    && !ANALYSIS.isStopWord(language, word)) {
                counts.merge(word, 1, Integer::sum);
            }
        }
        return counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(5).map(Map.Entry::getKey).toList();
    }

    /** Runs of capitalised words, except a sentence's first word. */
    static List<String> capitalisedRuns(String body, Locale locale) {
        LinkedHashSet<String> names = new LinkedHashSet<>();
        for (String sentence : SentenceSplitter.split(body, locale)) {
            Matcher m = CAPITALISED_RUN.matcher(sentence);
            while (m.find()) {
                String run = m.group();
                if (m.start() == 0) {
                    int space = run.indexOf(' ');
                    if (space < 0) {
                        continue;
                    }
                    run = run.substring(space + 1);
                }
                names.add(run.replaceAll("['\u2019]s$", ""));
            }
        }
        return List.copyOf(names);
    }

    /** Every number as written. */
    static List<String> numbers(String body) {
        List<String> found = new ArrayList<>();
        Matcher m = NUMBER.matcher(body);
        while (m.find()) {
            found.add(m.group().strip());
        }
        return found;
    }
}
