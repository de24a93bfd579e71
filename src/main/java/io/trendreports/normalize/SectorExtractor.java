package io.trendreports.normalize;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the sectors a text mentions: a keyword matches case-insensitively as a whole word or
 * phrase, a trailing {@code *} accepting any ending. Sectors are listed by label in order of first
 * mention.
 *
 * <p>A word glued to the previous one by a hyphen does not count ("state-of-the-art" is not about
 * art), while a hyphen after the keyword does ("healthcare-related").
 */
final class SectorExtractor {

    /** Length of the lower-cased first-word prefix that indexes keywords ending in {@code *}. */
    private static final int PREFIX_KEY = 2;

    /** Keywords by their lower-cased first word: only they can match where that word stands. */
    private final Map<String, List<Keyword>> byFirstWord = new HashMap<>();
    /** Prefix keywords ("student*") by the first {@link #PREFIX_KEY} letters of their word. */
    private final Map<String, List<Keyword>> byPrefix = new HashMap<>();
    /** Keywords too short or odd to index, searched in the whole text. */
    private final List<Keyword> unindexed = new ArrayList<>();
    private final List<String> labels = new ArrayList<>();

    SectorExtractor(SectorCatalog catalog) {
        for (int index = 0; index < catalog.sectors().size(); index++) {
            SectorDefinition sector = catalog.sectors().get(index);
            labels.add(sector.label());
            for (String keyword : sector.keywords()) {
                Keyword k = new Keyword(index, Pattern.compile(
                        "(?<![\\p{L}\\p{N}\\-])" + regex(keyword) + "(?![\\p{L}\\p{N}])",
                        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
                String first = lower(WordStarts.firstWord(keyword.strip()));
                boolean prefix = keyword.endsWith("*") && first.length() == keyword.strip().length() - 1;
                if (first.isEmpty() || prefix && first.length() < PREFIX_KEY) {
                    unindexed.add(k);
                } else if (prefix) {
                    byPrefix.computeIfAbsent(first.substring(0, PREFIX_KEY), x -> new ArrayList<>()).add(k);
                } else {
                    byFirstWord.computeIfAbsent(first, x -> new ArrayList<>()).add(k);
                }
            }
        }
    }

    List<String> extract(String text) {
        Map<Integer, Integer> firstHit = new HashMap<>();
        WordStarts.forEach(text, c -> c == '-', (start, word) -> {
            String lower = lower(word);
            tryAt(byFirstWord.getOrDefault(lower, List.of()), text, start, firstHit);
            if (lower.length() >= PREFIX_KEY) {
                tryAt(byPrefix.getOrDefault(lower.substring(0, PREFIX_KEY), List.of()), text, start, firstHit);
            }
        });
        for (Keyword keyword : unindexed) {
            Matcher m = keyword.pattern.matcher(text);
            if (m.find()) {
                firstHit.merge(keyword.sector, m.start(), Math::min);
            }
        }
        return firstHit.entrySet().stream()
                .sorted(Map.Entry.<Integer, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(e -> labels.get(e.getKey())).distinct().toList();
    }

    private static void tryAt(List<Keyword> keywords, String text, int start, Map<Integer, Integer> firstHit) {
        for (Keyword keyword : keywords) {
            if (firstHit.containsKey(keyword.sector)) {
                continue; // words are visited in text order, so the first hit stands
            }
            Matcher m = keyword.pattern.matcher(text).region(start, text.length())
                    .useTransparentBounds(true).useAnchoringBounds(false);
            if (m.lookingAt()) {
                firstHit.put(keyword.sector, start);
            }
        }
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    private static String regex(String keyword) {
        boolean prefix = keyword.endsWith("*");
        String word = prefix ? keyword.substring(0, keyword.length() - 1) : keyword;
        String phrase = String.join("\\s+", Arrays.stream(word.strip().split("\\s+")).map(Pattern::quote).toList());
        return prefix ? phrase + "[\\p{L}\\p{N}]*" : phrase;
    }

    private record Keyword(int sector, Pattern pattern) {
    }
}
