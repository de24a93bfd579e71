package io.trendreports.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class EditionGroupsTest {

    private static ReportInfo report(String id, String title, String period) {
        return new ReportInfo(id, title, period, "en", id + ".md", "0".repeat(64), 5, 100, 0);
    }

    private static List<List<String>> ids(List<List<ReportInfo>> groups) {
        return groups.stream().map(g -> g.stream().map(ReportInfo::reportId).toList()).toList();
    }

    @Test
    void editionsOfOneSeriesAreGroupedWhateverTheirYearOrEditionWords() {
        List<ReportInfo> reports = List.of(
                report("llm-2023", "AI LLMs Development in 2023 (Illustrative Edition)", "2023"),
                report("radar-2024", "KI-Trendradar 2024", "2024"),
                report("llm-2024", "Comprehensive Report on AI LLMs Development in 2024", "2024"),
                report("radar-2025", "KI-Trendradar — Ausgabe 2025", "2025"));

        assertThat(ids(EditionGroups.of(reports))).containsExactly(
                List.of("llm-2023", "llm-2024"), List.of("radar-2024", "radar-2025"));
    }

    @Test
    void reportsOnDifferentSubjectsStayApart() {
        List<ReportInfo> reports = List.of(
                report("a", "State of AI in Healthcare 2024", "2024"),
                report("b", "State of AI in Finance 2024", "2024"),
                report("c", "Cloud Security Outlook 2025", "2025"));

        assertThat(EditionGroups.of(reports)).hasSize(3);
    }

    @Test
    void subjectWordsDropYearsQuartersAndFunctionWords() {
        assertThat(EditionGroups.subjectWords("Investor memo: foundation models (Q2 2025)"))
                .containsExactly("investor", "memo", "foundation", "models");
        assertThat(EditionGroups.subjectWords("Informe anual de tendencias 2024")).containsExactly("tendencias");
    }

    @Test
    void changesCompareConsecutiveEditionsWithinEachSeriesOnly() {
        List<ReportInfo> reports = List.of(
                report("llm-2023", "AI Trends 2023", "2023"),
                report("health-2024", "Healthcare Robotics Review 2024", "2024"),
                report("llm-2024", "AI Trends 2024", "2024"));
        List<Theme> themes = List.of(new Theme("regulation", "Regulation"), new Theme("multimodal", "Multimodal"));
        List<ThemeShare> shares = new ArrayList<>(List.of(
                new ThemeShare("regulation", "llm-2023", 40, 2),
                new ThemeShare("regulation", "llm-2024", 20, 1),
                new ThemeShare("multimodal", "llm-2024", 30, 1),
                new ThemeShare("multimodal", "health-2024", 90, 1)));

        List<ThemeChange> changes = EditionComparison.changes(reports, themes, shares);

        assertThat(changes).extracting(ThemeChange::fromReportId).containsOnly("llm-2023");
        assertThat(changes).extracting(ThemeChange::toReportId).containsOnly("llm-2024");
        assertThat(changes).extracting(ThemeChange::themeId, ThemeChange::kind).containsExactly(
                org.assertj.core.groups.Tuple.tuple("regulation", ChangeKind.WEAKENED),
                org.assertj.core.groups.Tuple.tuple("multimodal", ChangeKind.NEW));
    }
}
