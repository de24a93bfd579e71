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
    private final boolean onlyNewSections;

    DiscoveryMethod(String name, ThemeDiscovery discovery, boolean reportByReport) {
        this(name, discovery, reportByReport, false);
    }

    /**
     * @param onlyNewSections each run is given only the new report's sections (placed ones are
     *                        known through the themes' stored signatures), as the job's themes
     *                        step does; otherwise every section seen so far
     */
    DiscoveryMethod(String name, ThemeDiscovery discovery, boolean reportByReport, boolean onlyNewSections) {
        this.name = name;
        this.discovery = discovery;
        this.reportByReport = reportByReport;
        this.onlyNewSections = onlyNewSections;
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
        Map<String, String> all = new HashMap<>();
        for (List<ThemeSection> report : byReport.values()) {
            seen.addAll(report);
            TopicThemes result = discovery.discover(onlyNewSections ? report : seen, known, previous, TopicOverrides.NONE);
            known = result.themes().stream().map(t -> new KnownTheme(t.id(), t.discoveredLabel(), t.signature())).toList();
            previous = themes(result);
            all.putAll(previous);
        }
        return all;
    }

    private static Map<String, String> themes(TopicThemes result) {
        Map<String, String> out = new HashMap<>();
        result.sections().forEach((id, s) -> out.put(id, s.themeId()));
        return out;
    }
}
