package io.trendreports.model;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Groups the reports of a run into series of editions on the same subject, so that "what changed"
 * compares a report with the previous edition of the same series, not with whatever report of
 * another subject happens to precede it by period.
 *
 * <p>A series is a topic: reports with the same topic id are editions of one series, whoever
 * wrote them. Reports without a topic (read before topics existed) are grouped by title: two
 * are editions of one series when their titles, once years, dates, edition words
 * ("2nd edition", "Q3", "annual", "illustrative") and function words are removed, share most of
 * their words: the shared words are at least {@link #MIN_OVERLAP} of the shorter title ("State of AI
 * in Healthcare" and "State of AI in Finance" are two series). Grouping
 * is transitive. Each group keeps the order of the reports given (period, then title).
 */
public final class EditionGroups {

    /** Share of the shorter normalised title that must also be in the other one. */
    public static final double MIN_OVERLAP = 0.8;

    /** Words that tell editions apart or dress a title up, not what it is about (en, fr, de, es). */
    private static final Set<String> NOISE = Set.of(
            "report", "reports", "edition", "editions", "annual", "yearly", "quarterly", "monthly", "weekly",
            "comprehensive", "illustrative", "update", "updated", "issue", "volume", "vol", "no", "review",
            "year", "in", "of", "on", "the", "a", "an", "and", "for", "to", "from", "at", "by", "with",
            "q1", "q2", "q3", "q4", "h1", "h2", "first", "second", "third", "fourth", "1st", "2nd", "3rd", "4th",
            "spring", "summer", "autumn", "fall", "winter", "january", "february", "march", "april", "may", "june",
            "july", "august", "september", "october", "november", "december",
            "rapport", "édition", "annuel", "annuelle", "de", "du", "des", "la", "le", "les", "l", "et",
            "bericht", "ausgabe", "jahresbericht", "der", "die", "das", "und", "im", "für",
            "informe", "edición", "anual", "del", "el", "los", "las", "y", "para");

    private static final String TOPIC_KEY = "\u0000topic:";

    private EditionGroups() {
    }

    /** @param reports in edition order; @return the series, each in that order, by first appearance */
    public static List<List<ReportInfo>> of(List<ReportInfo> reports) {
        // Reports with the same subject words are always one series, so titles are compared once
        // per distinct key: a run of many editions of a few series stays linear, not quadratic.
        Map<Set<String>, Integer> keyIndex = new LinkedHashMap<>();
        int[] keyOf = new int[reports.size()];
        for (int i = 0; i < reports.size(); i++) {
            String topic = reports.get(i).topic();
            Set<String> key = topic.isEmpty() ? subjectWords(reports.get(i).title()) : Set.of(TOPIC_KEY + topic);
            keyOf[i] = keyIndex.computeIfAbsent(key, k -> keyIndex.size());
        }
        List<Set<String>> keys = new ArrayList<>(keyIndex.keySet());
        int[] parent = new int[keys.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        // a topic is its own series: only titles without one are compared with each other, so a
        // run of thousands of topics is not compared pair by pair
        List<Integer> byTitle = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            if (!isTopic(keys.get(i))) {
                byTitle.add(i);
            }
        }
        for (int a = 0; a < byTitle.size(); a++) {
            int i = byTitle.get(a);
            for (int b = a + 1; b < byTitle.size(); b++) {
                int j = byTitle.get(b);
                if (sameSubject(keys.get(i), keys.get(j))) {
                    parent[root(parent, j)] = root(parent, i);
                }
            }
        }
        Map<Integer, List<ReportInfo>> groups = new LinkedHashMap<>();
        for (int i = 0; i < reports.size(); i++) {
            groups.computeIfAbsent(root(parent, keyOf[i]), k -> new ArrayList<>()).add(reports.get(i));
        }
        return List.copyOf(groups.values());
    }

    /** The words that say what a title is about: lower case, without years, numbers and edition words. */
    public static Set<String> subjectWords(String title) {
        String folded = Normalizer.normalize(title == null ? "" : title, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        Set<String> words = new LinkedHashSet<>();
        for (String word : folded.split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty() && !NOISE.contains(word) && !word.chars().allMatch(Character::isDigit)) {
                words.add(word);
            }
        }
        return words;
    }

    private static boolean isTopic(Set<String> key) {
        return key.size() == 1 && key.iterator().next().startsWith(TOPIC_KEY);
    }

    static boolean sameSubject(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            // titles made only of years and edition words ("Report 2024") can only be one series
            return a.isEmpty() && b.isEmpty();
        }
        long shared = a.stream().filter(b::contains).count();
        return shared >= MIN_OVERLAP * Math.min(a.size(), b.size());
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}
