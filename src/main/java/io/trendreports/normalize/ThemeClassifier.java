package io.trendreports.normalize;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Picks a section's theme by counting taxonomy keywords in its heading and body.
 *
 * <p>Keywords and text go through the same Lucene analyzer of the report's language (stop words
 * removed, stemmed), so "scaled", "scaling" and "scale" meet, and a phrase matches as consecutive
 * stems. Per theme, each position is matched by the longest keyword only, so "energy efficiency"
 * counts once, not also as "energy" and "efficiency".
 *
 * <p>Score = {@code headingWeight} x heading hits + log2(1 + body hits): a heading names the
 * trend, while body hits are damped so that a long section, or one mentioning a neighbouring theme
 * in passing, does not win on volume. With the defaults (weight 4, threshold 2) one heading hit
 * decides, and without one a theme needs three body hits.
 */
final class ThemeClassifier {

    private final NormalizerSettings settings;
    private final Taxonomy taxonomy;
    /**
     * Per language code: each classifiable theme with its keywords as stem sequences, built when
     * the first report in that language is classified (stemming every keyword in some forty
     * languages up front would slow every start for the sake of languages a run rarely has).
     */
    private final Map<String, List<ThemeKeywords>> tables = new ConcurrentHashMap<>();

    ThemeClassifier(Taxonomy taxonomy, NormalizerSettings settings) {
        this.taxonomy = taxonomy;
        this.settings = settings;
    }

    ThemeMatch classify(String heading, String body, LanguageProfile language) {
        List<String> headingStems = Tokens.terms(language.stemming(), heading);
        List<String> bodyStems = Tokens.terms(language.stemming(), body);
        ThemeDefinition best = null;
        double bestScore = 0;
        double sum = 0;
        for (ThemeKeywords theme : tables.computeIfAbsent(language.code(), code -> table(taxonomy, language))) {
            double score = settings.headingWeight() * theme.hits(headingStems)
                    + Math.log1p(theme.hits(bodyStems)) / Math.log(2);
            sum += score;
            if (score > bestScore) {
                best = theme.definition();
                bestScore = score;
            }
        }
        if (best == null || bestScore < settings.minThemeScore()) {
            double threshold = settings.minThemeScore();
            double confidence = threshold <= 0 ? 1 : 1 - bestScore / threshold;
            return new ThemeMatch(taxonomy.other().theme(), clamp(confidence), bestScore);
        }
        return new ThemeMatch(best.theme(), clamp(bestScore / sum), bestScore);
    }

    private static double clamp(double value) {
        return Math.max(0, Math.min(1, value));
    }

    private static List<ThemeKeywords> table(Taxonomy taxonomy, LanguageProfile language) {
        List<ThemeKeywords> table = new ArrayList<>();
        for (ThemeDefinition theme : taxonomy.classifiable()) {
            Set<List<String>> phrases = new LinkedHashSet<>();
            for (String keyword : theme.keywordsFor(language.code())) {
                List<String> stems = stems(keyword, language);
                // a keyword made only of stop words of this language cannot be matched in it
                if (!stems.isEmpty()) {
                    phrases.add(stems);
                }
            }
            List<List<String>> longestFirst = new ArrayList<>(phrases);
            longestFirst.sort(Comparator.comparingInt((List<String> p) -> p.size()).reversed());
            Map<String, List<List<String>>> byFirstStem = new HashMap<>();
            List<List<String>> prefixFirst = new ArrayList<>();
            for (List<String> phrase : longestFirst) {
                if (phrase.get(0).endsWith(PREFIX)) {
                    prefixFirst.add(phrase);
                } else {
                    byFirstStem.computeIfAbsent(phrase.get(0), k -> new ArrayList<>()).add(phrase);
                }
            }
            table.add(new ThemeKeywords(theme, Map.copyOf(byFirstStem), List.copyOf(prefixFirst)));
        }
        return List.copyOf(table);
    }

    /**
     * A keyword's stems; a word ending in {@code *} becomes a prefix (its stem followed by
     * {@link #PREFIX}), which matches any word starting with it. That is how German compounds
     * ("Energie*" in "Energiebedarf", "Stromverbrauch") are reached without a decompounding
     * dictionary.
     */
    private static List<String> stems(String keyword, LanguageProfile language) {
        if (!keyword.endsWith("*")) {
            return Tokens.terms(language.stemming(), keyword);
        }
        List<String> stems = new ArrayList<>(Tokens.terms(language.stemming(), keyword.substring(0, keyword.length() - 1)));
        if (!stems.isEmpty()) {
            stems.set(stems.size() - 1, stems.get(stems.size() - 1) + PREFIX);
        }
        return stems;
    }

    private static final String PREFIX = "*";

    /**
     * @param byFirstStem keyword phrases by their first stem, longest first (a position is only
     *                    compared with the phrases that can start there)
     * @param prefixFirst phrases whose first word is a prefix ("Energie*"), longest first
     */
    private record ThemeKeywords(ThemeDefinition definition, Map<String, List<List<String>>> byFirstStem,
                                 List<List<String>> prefixFirst) {

        int hits(List<String> stems) {
            int hits = 0;
            int i = 0;
            while (i < stems.size()) {
                int matched = longestMatchAt(stems, i);
                if (matched > 0) {
                    hits++;
                    i += matched;
                } else {
                    i++;
                }
            }
            return hits;
        }

        private int longestMatchAt(List<String> stems, int start) {
            int longest = longestOf(byFirstStem.getOrDefault(stems.get(start), List.of()), stems, start);
            return Math.max(longest, longestOf(prefixFirst, stems, start));
        }

        private static int longestOf(List<List<String>> longestFirst, List<String> stems, int start) {
            for (List<String> phrase : longestFirst) {
                if (start + phrase.size() <= stems.size() && matches(phrase, stems, start)) {
                    return phrase.size();
                }
            }
            return 0;
        }

        private static boolean matches(List<String> phrase, List<String> stems, int start) {
            for (int k = 0; k < phrase.size(); k++) {
                String want = phrase.get(k);
                String have = stems.get(start + k);
                boolean ok = want.endsWith(PREFIX)
                        ? have.startsWith(want.substring(0, want.length() - 1))
                        : have.equals(want);
                if (!ok) {
                    return false;
                }
            }
            return true;
        }
    }
}
