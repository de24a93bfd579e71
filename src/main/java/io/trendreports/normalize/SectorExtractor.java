package io.trendreports.normalize;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
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

    private final List<SectorPattern> sectors = new ArrayList<>();

    SectorExtractor(SectorCatalog catalog) {
        for (SectorDefinition sector : catalog.sectors()) {
            String alternatives = String.join("|", sector.keywords().stream().map(SectorExtractor::regex).toList());
            sectors.add(new SectorPattern(sector.label(), Pattern.compile(
                    "(?<![\\p{L}\\p{N}\\-])(?:" + alternatives + ")(?![\\p{L}\\p{N}])",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)));
        }
    }

    List<String> extract(String text) {
        record Hit(String label, int position) {
        }
        List<Hit> hits = new ArrayList<>();
        for (SectorPattern sector : sectors) {
            Matcher m = sector.pattern.matcher(text);
            if (m.find()) {
                hits.add(new Hit(sector.label, m.start()));
            }
        }
        hits.sort(Comparator.comparingInt(Hit::position));
        return hits.stream().map(Hit::label).distinct().toList();
    }

    private static String regex(String keyword) {
        boolean prefix = keyword.endsWith("*");
        String word = prefix ? keyword.substring(0, keyword.length() - 1) : keyword;
        String phrase = String.join("\\s+", Arrays.stream(word.strip().split("\\s+")).map(Pattern::quote).toList());
        return prefix ? phrase + "[\\p{L}\\p{N}]*" : phrase;
    }

    private record SectorPattern(String label, Pattern pattern) {
    }
}
