package io.trendreports.themes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@link ThemeDiscovery} as a grouping method, in one of two ways: all sections of a topic at once,
 * or as nightly runs would see them, one report more each run, each run given the themes and
 * assignments of the one before.
 */
final class DiscoveryMethod implements GroupingMethod {

    private final String name;
    private final ThemeDiscovery discovery;
    private final boolean reportByReport;

    DiscoveryMethod(String name, ThemeDiscovery discovery, boolean reportByReport) {
        this.name = name;
        this.discovery = discovery;
        this.reportByReport = reportByReport;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Map<String, String> group(List<ThemeSection> sections) {
        if (!reportByReport) {
            return themes(discovery.discover(sections));
        }
        Map<String, List<ThemeSection>> byReport = new LinkedHashMap<>();
        sections.forEach(s -> byReport.computeIfAbsent(s.reportId(), r -> new ArrayList<>()).add(s));
        List<ThemeSection> seen = new ArrayList<>();
        List<KnownTheme> known = List.of();
        Map<String, String> previous = new HashMap<>();
        for (List<ThemeSection> report : byReport.values()) {
            seen.addAll(report);
            TopicThemes result = discovery.discover(seen, known, previous, TopicOverrides.NONE);
            known = result.themes().stream().map(t -> new KnownTheme(t.id(), t.discoveredLabel(), t.signature())).toList();
            previous = themes(result);
        }
        return previous;
    }

    private static Map<String, String> themes(TopicThemes result) {
        Map<String, String> out = new HashMap<>();
        result.sections().forEach((id, s) -> out.put(id, s.themeId()));
        return out;
    }
}
