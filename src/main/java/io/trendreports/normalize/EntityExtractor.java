package io.trendreports.normalize;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the catalogue's entities in text, case-sensitively and on whole words, reporting each
 * by its canonical name ("GPT 5" is GPT-5) in order of first occurrence.
 *
 * <p>Where spellings overlap, the longest wins ("Google DeepMind" is one mention of Google, and
 * "GPT-3.5" is not also GPT-3).
 *
 * <p>Model names the catalogue lacks ({@link ModelNameCandidates}: "Falcon 180B", "Qwen2.5") are
 * listed too, as written, after the catalogue's entities; {@link #candidates} tells them apart.
 * The {@code entities} column stays a list of names, so a new model shows up in every output
 * without a schema change, and an analyst promotes it by adding it to {@code entities.yml}.
 */
final class EntityExtractor {

    /** Spellings by their first word: a name can only start where that word stands in the text. */
    private final Map<String, List<Spelling>> byFirstWord = new HashMap<>();
    /** Spellings that do not start with a letter or digit, searched in the whole text. */
    private final List<Spelling> unindexed = new ArrayList<>();
    private final Set<String> knownNames = new java.util.HashSet<>();

    EntityExtractor(EntityCatalog catalog) {
        for (EntityDefinition entity : catalog.entities()) {
            knownNames.add(entity.name());
            for (String spelling : entity.spellings()) {
                Spelling s = new Spelling(entity.name(), spelling.length(), pattern(spelling));
                String first = WordStarts.firstWord(spelling.strip());
                if (first.isEmpty()) {
                    unindexed.add(s);
                } else {
                    byFirstWord.computeIfAbsent(first, k -> new ArrayList<>()).add(s);
                }
            }
        }
    }

    List<String> extract(String text) {
        List<Mention> mentions = new ArrayList<>();
        WordStarts.forEach(text, c -> false, (start, word) -> {
            for (Spelling spelling : byFirstWord.getOrDefault(word, List.of())) {
                Matcher m = spelling.pattern.matcher(text).region(start, text.length())
                        .useTransparentBounds(true).useAnchoringBounds(false);
                if (m.lookingAt()) {
                    mentions.add(new Mention(spelling.canonical, m.start(), m.end()));
                }
            }
        });
        for (Spelling spelling : unindexed) {
            Matcher m = spelling.pattern.matcher(text);
            while (m.find()) {
                mentions.add(new Mention(spelling.canonical, m.start(), m.end()));
            }
        }
        mentions.sort(Comparator.comparingInt(Mention::start)
                .thenComparing(Comparator.comparingInt(Mention::end).reversed()));
        Set<String> found = new LinkedHashSet<>();
        List<Mention> kept = new ArrayList<>();
        int coveredUntil = -1;
        for (Mention mention : mentions) {
            if (mention.start >= coveredUntil) {
                found.add(mention.canonical);
                kept.add(mention);
                coveredUntil = mention.end;
            }
        }
        // unlisted model names come after the catalogue's entities: known names first, new ones flagged by place
        for (ModelNameCandidates.Candidate candidate : ModelNameCandidates.find(text)) {
            boolean overlapsKnown = kept.stream().anyMatch(k -> k.start < candidate.end() && candidate.start() < k.end);
            if (!overlapsKnown && !knownNames.contains(candidate.name())) {
                found.add(candidate.name());
            }
        }
        return List.copyOf(found);
    }

    /** @return the unlisted model names found in {@code text} (subset of {@link #extract}) */
    List<String> candidates(String text) {
        List<String> all = extract(text);
        return all.stream().filter(n -> !knownNames.contains(n)).toList();
    }

    private static Pattern pattern(String spelling) {
        // whitespace inside a name may be any run of spaces or a line break
        String name = String.join("\\s+", java.util.Arrays.stream(spelling.strip().split("\\s+"))
                .map(Pattern::quote).toList());
        // not glued to a word before or after; "GPT-3" must not match inside "GPT-3.5" or "GPT-3b",
        // while a sentence's full stop after a name is fine
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + name + "(?:['\u2019]s)?"
                + "(?![\\p{L}\\p{N}]|[.\\-][\\p{L}\\p{N}])");
    }

    private record Spelling(String canonical, int length, Pattern pattern) {
    }

    private record Mention(String canonical, int start, int end) {
    }
}
