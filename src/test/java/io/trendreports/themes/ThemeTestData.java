package io.trendreports.themes;

import java.util.List;

/** Sections of the labelled set by topic and report, for the unit tests. */
final class ThemeTestData {

    private static final LabelledSet SET = LabelledSet.bundled();

    private ThemeTestData() {
    }

    static List<ThemeSection> sections(String topic, String... reports) {
        List<String> wanted = List.of(reports);
        return SET.topics().get(topic).stream().map(LabelledSet.LabelledSection::section)
                .filter(s -> wanted.contains(s.reportId())).toList();
    }

    static String trend(String sectionId) {
        return SET.topics().values().stream().flatMap(List::stream).filter(s -> s.section().id().equals(sectionId))
                .findFirst().orElseThrow().trend();
    }

    static List<KnownTheme> known(TopicThemes result) {
        return result.themes().stream().map(t -> new KnownTheme(t.id(), t.discoveredLabel(), t.signature())).toList();
    }

    static java.util.Map<String, String> previous(TopicThemes result) {
        java.util.Map<String, String> m = new java.util.HashMap<>();
        result.sections().forEach((id, s) -> m.put(id, s.themeId()));
        return m;
    }
}
