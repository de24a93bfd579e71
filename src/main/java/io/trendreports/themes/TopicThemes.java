package io.trendreports.themes;

import java.util.List;
import java.util.Map;

/**
 * What discovery gives one topic.
 *
 * @param themes     every live theme: known ones first (in the order given), then the new ones;
 *                   a known theme with no member this run is still listed, so its id stays reserved
 * @param sections   by section id, in input order
 * @param mergedInto ids an analyst merged away, to the id they now belong to
 * @param warnings   overrides that name a theme or section this topic does not have
 */
public record TopicThemes(List<DiscoveredTheme> themes, Map<String, SectionTheme> sections,
                          Map<String, String> mergedInto, List<String> warnings) {

    public TopicThemes {
        themes = List.copyOf(themes);
        sections = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(sections));
        mergedInto = Map.copyOf(mergedInto);
        warnings = List.copyOf(warnings);
    }

    public String themeOf(String sectionId) {
        SectionTheme s = sections.get(sectionId);
        return s == null ? null : s.themeId();
    }

    public DiscoveredTheme theme(String id) {
        return themes.stream().filter(t -> t.id().equals(id)).findFirst().orElse(null);
    }
}
