package io.trendreports.normalize;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How the content evaluation decides that an output agrees with a label: loosely on form, strictly
 * on substance (a key term must name the labelled phrase or a more specific form of it, a metric
 * must carry the labelled number).
 */
final class InsightMatching {

    private static final TextAnalysis ANALYSIS = new TextAnalysis();

    private InsightMatching() {
    }

    /** The summary's first sentence is one the reader picked (given by its opening words). */
    static boolean leadsWith(String summary, List<String> best, Locale locale) {
        List<String> sentences = SentenceSplitter.split(summary, locale);
        return !sentences.isEmpty() && best.stream().anyMatch(b -> sentences.get(0).startsWith(b));
    }

    static boolean includes(String summary, List<String> best) {
        return best.stream().anyMatch(summary::contains);
    }

    /**
     * A term names an expected phrase when their stems are equal, when it holds the phrase ("new
     * solar capacity" for "solar capacity"), or when it is a phrase of two or more words inside it.
     */
    static boolean namesPhrase(String term, List<String> phrases, String language) {
        List<String> t = ANALYSIS.stems(language, term);
        if (t.isEmpty()) {
            return false;
        }
        for (String phrase : phrases) {
            List<String> p = ANALYSIS.stems(language, phrase);
            if (p.isEmpty()) {
                continue;
            }
            if (t.equals(p) || Collections.indexOfSubList(t, p) >= 0
                    || t.size() >= 2 && Collections.indexOfSubList(p, t) >= 0) {
                return true;
            }
        }
        return false;
    }

    static String entityKey(String name) {
        return name.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replaceAll("['\u2019]s$", "").replaceAll("^the ", "")
                .replaceAll("[\\s\u00A0]+", " ").strip();
    }

    /** Pairs found with labelled entities one to one; a label's alternatives are "A|B". */
    static int matchedEntities(List<String> found, List<String> labels) {
        List<String> pool = new ArrayList<>(found.stream().map(InsightMatching::entityKey).toList());
        int matched = 0;
        for (String label : labels) {
            for (String alternative : label.split("\\|")) {
                if (pool.remove(entityKey(alternative))) {
                    matched++;
                    break;
                }
            }
        }
        return matched;
    }

    private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,]\\d+|[\u00A0 \u202F]\\d{3}(?!\\d))*");
    private static final Map<String, String> WORD_NUMBERS = Map.ofEntries(
            Map.entry("two", "2"), Map.entry("three", "3"), Map.entry("four", "4"), Map.entry("five", "5"),
            Map.entry("six", "6"), Map.entry("seven", "7"), Map.entry("eight", "8"), Map.entry("nine", "9"),
            Map.entry("ten", "10"), Map.entry("hundreds", "hundreds"), Map.entry("thousands", "thousands"),
            Map.entry("half", "half"), Map.entry("third", "third"), Map.entry("quarter", "quarter"),
            Map.entry("quarters", "quarter"), Map.entry("fifth", "fifth"), Map.entry("drittel", "third"),
            Map.entry("zwei", "2"), Map.entry("drei", "3"), Map.entry("deux", "2"), Map.entry("trois", "3"),
            Map.entry("dos", "2"), Map.entry("tres", "3"));

    /** The numbers a metric states, separators normalised ("6.000" and "6,000" are 6000, "1,5" is 1.5). */
    static List<String> numbers(String metric) {
        List<String> values = new ArrayList<>();
        Matcher m = NUMBER.matcher(metric);
        while (m.find()) {
            values.add(normaliseNumber(m.group()));
        }
        for (String word : metric.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            String value = WORD_NUMBERS.get(word);
            if (value != null) {
                values.add(value);
            }
        }
        return values;
    }

    private static String normaliseNumber(String raw) {
        String[] groups = raw.split("[.,\u00A0 \u202F]");
        StringBuilder out = new StringBuilder(groups[0]);
        for (int i = 1; i < groups.length; i++) {
            // a group of three digits after a separator is thousands; anything else is a decimal part
            if (groups[i].length() == 3) {
            } else {
                out.append('.').append(groups[i]);
            }
        }
        return out.toString();
    }

    /** Found metrics paired one to one with labelled ones that state a number in common. */
    static int matchedMetrics(List<String> found, List<String> labels) {
        List<List<String>> pool = new ArrayList<>(found.stream().map(InsightMatching::numbers).toList());
        int matched = 0;
        for (String label : labels) {
            List<String> wanted = numbers(label);
            for (int i = 0; i < pool.size(); i++) {
                if (pool.get(i).stream().anyMatch(wanted::contains)) {
                    pool.remove(i);
                    matched++;
                    break;
                }
            }
        }
        return matched;
    }
}
