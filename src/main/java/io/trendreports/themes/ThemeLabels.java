package io.trendreports.themes;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The label of a new theme: the title of its most central member, i.e. the one most similar to
 * the theme's mean, among the members in the theme's most common language, so that a theme of
 * five English sections and one French one reads in English and one of French sections in French.
 * Between languages equally common in the theme, the one most common in the topic wins.
 */
final class ThemeLabels {

    static final int MAX_LENGTH = 90;

    private ThemeLabels() {
    }

    static String label(List<Integer> members, List<ThemeSection> sections, SectionVectors vectors,
                        SparseVector mean, Map<String, Integer> topicLanguages, Set<String> taken) {
        Map<String, Integer> languages = new HashMap<>();
        for (int m : members) {
            languages.merge(sections.get(m).baseLanguage(), 1, Integer::sum);
        }
        String language = languages.keySet().stream().min(Comparator
                .comparing((String l) -> -languages.get(l))
                .thenComparing(l -> -topicLanguages.getOrDefault(l, 0))
                .thenComparing(Comparator.naturalOrder())).orElse("");
        int chosen = -1;
        double best = Double.NEGATIVE_INFINITY;
        for (int m : members) {
            if (!sections.get(m).baseLanguage().equals(language) || sections.get(m).title().isBlank()) {
                continue;
            }
            double s = vectors.get(m).dot(mean);
            if (s > best) {
                best = s;
                chosen = m;
            }
        }
        String label = chosen < 0 ? "Untitled theme" : tidy(sections.get(chosen).title());
        return unique(label, taken);
    }

    private static String tidy(String title) {
        String t = title.strip().replaceAll("\\s+", " ");
        if (t.length() > MAX_LENGTH) {
            int cut = t.lastIndexOf(' ', MAX_LENGTH - 1);
            t = t.substring(0, cut > MAX_LENGTH / 2 ? cut : MAX_LENGTH - 1) + "…";
        }
        return t;
    }

    /** Two themes of one topic never read the same: the later gets "(2)", "(3)"... */
    static String unique(String label, Set<String> taken) {
        if (!taken.contains(label)) {
            return label;
        }
        for (int i = 2; ; i++) {
            String candidate = label + " (" + i + ")";
            if (!taken.contains(candidate)) {
                return candidate;
            }
        }
    }
}
