package io.trendreports.normalize;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.trendreports.model.Theme;

/**
 * The themes of one taxonomy file in file order, {@code other} always present and last, and the
 * topics they are for.
 *
 * @param topics the ids of the topics whose reports get these themes; empty means every topic
 */
public record Taxonomy(List<ThemeDefinition> definitions, List<String> topics) {

    public static final String FILE = "taxonomy.yml";

    public Taxonomy {
        definitions = withOtherLast(definitions);
        topics = List.copyOf(topics);
    }

    public Taxonomy(List<ThemeDefinition> definitions) {
        this(definitions, List.of());
    }

    /** Whether reports on the topic get their themes from this taxonomy. */
    public boolean appliesTo(Topic topic) {
        return topics.isEmpty() || topics.stream().anyMatch(topic::is);
    }

    /** The themes as the writers show them, in file order with {@code other} last. */
    public List<Theme> themes() {
        return definitions.stream().map(ThemeDefinition::theme).toList();
    }

    /** The themes a section can be classified into, i.e. all but {@code other}. */
    public List<ThemeDefinition> classifiable() {
        return definitions.subList(0, definitions.size() - 1);
    }

    public ThemeDefinition other() {
        return definitions.get(definitions.size() - 1);
    }

    static Taxonomy from(YamlFile file) {
        List<ThemeDefinition> themes = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        int n = 0;
        for (Map<?, ?> entry : file.entries("themes")) {
            n++;
            String id = file.text(entry, "id", "theme #" + n);
            String where = "theme '" + id + "'";
            if (!ids.add(id)) {
                throw file.error("theme id '" + id + "' appears more than once");
            }
            String label = file.text(entry, "label", where);
            Map<String, List<String>> keywords = keywords(file, entry, where);
            if (keywords.values().stream().allMatch(List::isEmpty) && !Theme.OTHER_ID.equals(id)) {
                throw file.error(where + " has no keywords, so no section could ever get it");
            }
            themes.add(new ThemeDefinition(id, label, keywords));
        }
        return new Taxonomy(themes, file.topLevelTexts("topics"));
    }

    /**
     * {@code keywords} is either a list (every language) or a map from ISO 639-1 code (or
     * {@code any}) to a list, so that each language's words are matched only in its own reports.
     */
    private static Map<String, List<String>> keywords(YamlFile file, Map<?, ?> entry, String where) {
        Map<String, List<String>> keywords = new LinkedHashMap<>();
        if (entry.get("keywords") instanceof Map<?, ?> byLanguage) {
            for (Object language : byLanguage.keySet()) {
                String code = String.valueOf(language).strip().toLowerCase(Locale.ROOT);
                if (!code.matches("[a-z]{2}|" + ThemeDefinition.ANY_LANGUAGE)) {
                    throw file.error(where + ": keywords are grouped by language code (en, fr, de, ...) or 'any',"
                            + " found '" + language + "'");
                }
                keywords.computeIfAbsent(code, k -> new ArrayList<>())
                        .addAll(file.texts(byLanguage, String.valueOf(language), where + " keywords"));
            }
        } else {
            List<String> all = file.texts(entry, "keywords", where);
            if (!all.isEmpty()) {
                keywords.put(ThemeDefinition.ANY_LANGUAGE, all);
            }
        }
        return keywords;
    }

    private static List<ThemeDefinition> withOtherLast(List<ThemeDefinition> definitions) {
        List<ThemeDefinition> ordered = new ArrayList<>();
        ThemeDefinition other = new ThemeDefinition(Theme.OTHER_ID, "Other", List.of());
        for (ThemeDefinition d : definitions) {
            if (Theme.OTHER_ID.equals(d.id())) {
                other = d;
            } else {
                ordered.add(d);
            }
        }
        ordered.add(other);
        return List.copyOf(ordered);
    }
}
