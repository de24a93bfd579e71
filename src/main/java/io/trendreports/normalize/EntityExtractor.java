package io.trendreports.normalize;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.trendreports.model.TrendRecord;

/**
 * Finds the entities a section names, each once under its canonical name with its kind
 * (organisation, person, place, product), in three passes:
 * <ol>
 *   <li>the catalogue ({@code entities.yml}) and the places ({@link PlaceNames}), case-sensitively
 *       on whole words, by canonical name ("GPT 5" is GPT-5, "Deutschland" is Germany), in order of
 *       first mention; where spellings overlap the longest wins ("Google DeepMind" is one mention
 *       of Google, "GPT-3.5" is not also GPT-3);</li>
 *   <li>model names the catalogue lacks ({@link ModelNameCandidates}: "Falcon 180B", "Qwen2.5"),
 *       as written;</li>
 *   <li>other names ({@link NameRecognizer}: "Kaiser Permanente", "Bank of Japan", "FDA"), as
 *       written, an acronym right after a name that it abbreviates folded into that name, and a
 *       first word alone folded into the longer name it starts ("Bouygues" into "Bouygues
 *       Construction").</li>
 * </ol>
 * The {@code entities} column stays a list of names, so a new name shows up in every output
 * without a schema change; {@link #candidates} tells the unlisted ones apart, and an analyst
 * promotes one by adding it to {@code entities.yml}.
 */
final class EntityExtractor {

    /** Spellings by their first word: a name can only start where that word stands in the text. */
    private final Map<String, List<Spelling>> byFirstWord = new HashMap<>();
    /** Spellings that do not start with a letter or digit, searched in the whole text. */
    private final List<Spelling> unindexed = new ArrayList<>();
    private final Set<String> knownNames = new HashSet<>();
    private final Map<String, String> kinds = new HashMap<>();

    /** An entity of a section and its kind ({@link TrendRecord#ORGANIZATION}, ..., or ""). */
    record Entity(String name, String kind) {
    }

    EntityExtractor(EntityCatalog catalog) {
        Map<String, String> placeLanguages = PlaceNames.languageOnly();
        Set<String> spellings = new HashSet<>();
        catalog.entities().forEach(e -> spellings.addAll(e.spellings()));
        List<EntityDefinition> all = new ArrayList<>(catalog.entities());
        all.addAll(PlaceNames.definitions(spellings));
        for (EntityDefinition entity : all) {
            knownNames.add(entity.name());
            kinds.putIfAbsent(entity.name(), kind(entity.type()));
            for (String spelling : entity.spellings()) {
                String only = PlaceNames.TYPE.equals(entity.type()) ? placeLanguages.getOrDefault(spelling, "") : "";
                Spelling s = new Spelling(entity.name(), pattern(spelling), only);
                String first = WordStarts.firstWord(spelling.strip());
                if (first.isEmpty()) {
                    unindexed.add(s);
                } else {
                    byFirstWord.computeIfAbsent(first, k -> new ArrayList<>()).add(s);
                }
            }
        }
    }

    /** The entities of a text on its own, as if it were a whole English report. */
    List<String> extract(String text) {
        return extract("", text, "en", ReportWords.of(List.of(text))).stream().map(Entity::name).toList();
    }

    /**
     * @param heading  searched for catalogue entities only (a Title Case heading is no evidence of names)
     * @param report   the capitals of the whole report, see {@link ReportWords}
     */
    List<Entity> extract(String heading, String body, String language, ReportWords report) {
        String text = heading.isEmpty() ? body : heading + "\n\n" + body;
        int bodyStart = text.length() - body.length();
        List<Mention> kept = known(text, language);
        Map<String, String> found = new LinkedHashMap<>();
        for (Mention mention : kept) {
            found.putIfAbsent(mention.canonical, kinds.getOrDefault(mention.canonical, ""));
        }
        for (ModelNameCandidates.Candidate candidate : ModelNameCandidates.find(text)) {
            boolean overlapsKnown = kept.stream().anyMatch(k -> k.start < candidate.end() && candidate.start() < k.end);
            if (!overlapsKnown && !knownNames.contains(candidate.name())) {
                found.putIfAbsent(candidate.name(), TrendRecord.PRODUCT);
                kept.add(new Mention(candidate.name(), candidate.start(), candidate.end()));
            }
        }
        List<NameRecognizer.Name> names = new ArrayList<>();
        for (NameRecognizer.Name name : NameRecognizer.find(text, bodyStart, language, report)) {
            List<Mention> inside = kept.stream().filter(k -> k.start < name.end() && name.start() < k.end).toList();
            // "Bank of Japan", "Qatar Airways": an organisation named after a place is not the place
            boolean placesInside = !inside.isEmpty() && !name.kind().isEmpty() && inside.stream().allMatch(
                    k -> PlaceNames.TYPE.equals(kinds.get(k.canonical)) && k.start >= name.start() && k.end <= name.end());
            if (placesInside) {
                kept.removeAll(inside);
                for (Mention k : inside) {
                    if (kept.stream().noneMatch(o -> o.canonical.equals(k.canonical))) {
                        found.remove(k.canonical);
                    }
                }
            }
            if ((inside.isEmpty() || placesInside) && !knownNames.contains(name.name())) {
                names.add(name);
            }
        }
        for (NameRecognizer.Name name : names) {
            String canonical = folded(name, names);
            found.putIfAbsent(canonical, canonical.equals(name.name()) ? name.kind()
                    : names.stream().filter(n -> n.name().equals(canonical)).findFirst().map(NameRecognizer.Name::kind)
                            .orElse(name.kind()));
        }
        List<Entity> entities = new ArrayList<>();
        found.forEach((name, kind) -> entities.add(new Entity(name, kind)));
        return entities;
    }

    /** The name another one of the section stands for: its acronym's expansion, or the longer name it starts. */
    private static String folded(NameRecognizer.Name name, List<NameRecognizer.Name> all) {
        String text = name.name();
        for (NameRecognizer.Name other : all) {
            if (other == name || !other.name().contains(" ")) {
                continue;
            }
            if (NameRecognizer.isAcronym(text) && initials(other.name()).equals(text)) {
                return other.name();
            }
            if (!text.contains(" ") && other.name().startsWith(text + " ") && other.start() < name.start()) {
                return other.name();
            }
        }
        return text;
    }

    private static String initials(String name) {
        StringBuilder out = new StringBuilder();
        for (String word : name.split("[\\s\\-]+")) {
            if (!word.isEmpty() && Character.isUpperCase(word.charAt(0))) {
                out.append(word.charAt(0));
            }
        }
        return out.toString();
    }

    /** The catalogue's and the places' mentions, longest first where they overlap. */
    private List<Mention> known(String text, String language) {
        List<Mention> mentions = new ArrayList<>();
        WordStarts.forEach(text, c -> false, (start, word) -> {
            for (Spelling spelling : byFirstWord.getOrDefault(word, List.of())) {
                if (!spelling.countsIn(language)) {
                    continue;
                }
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
        List<Mention> kept = new ArrayList<>();
        int coveredUntil = -1;
        for (Mention mention : mentions) {
            if (mention.start >= coveredUntil) {
                kept.add(mention);
                coveredUntil = mention.end;
            }
        }
        return kept;
    }

    /** @return the names found in {@code text} that no list holds (subset of {@link #extract}) */
    List<String> candidates(String text) {
        List<String> all = extract(text);
        return all.stream().filter(n -> !knownNames.contains(n)).toList();
    }

    private static String kind(String type) {
        return switch (type == null ? "" : type) {
            case "organization", "organisation", "company" -> TrendRecord.ORGANIZATION;
            case "person" -> TrendRecord.PERSON;
            case "place", "country", "city", "region" -> TrendRecord.PLACE;
            case "model", "product", "law", "programme", "program" -> TrendRecord.PRODUCT;
            default -> "";
        };
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

    /** @param onlyIn the languages (comma-separated) whose reports this spelling counts in; "" for all */
    private record Spelling(String canonical, Pattern pattern, String onlyIn) {
        boolean countsIn(String language) {
            return onlyIn.isEmpty() || java.util.Arrays.asList(onlyIn.split(",")).contains(language);
        }
    }

    private record Mention(String canonical, int start, int end) {
    }
}
