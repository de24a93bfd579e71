package io.trendreports.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class TopicSeriesTest {

    private static ReportInfo report(String id, String period, String topic, String label, int edition) {
        return new ReportInfo(id, label + " Report " + period, period, "en", id + ".md", "0".repeat(64), 2, 200,
                edition, topic, label);
    }

    @Test
    void eachTopicIsASeriesWithOnlyTheThemesItsEditionsCover() {
        List<ReportInfo> reports = List.of(
                report("fx-23", "2023", "forex", "Forex", 1),
                report("ai-23", "2023", "ai-llms", "AI LLMs", 2),
                report("fx-24", "2024", "forex", "Forex", 3),
                report("ai-24", "2024", "ai-llms", "AI LLMs", 4));
        List<Theme> themes = List.of(new Theme("model-scaling", "Model scaling"), new Theme("d-1a2b3c4d", "Carry trades"),
                new Theme("d-99999999", "Central bank policy"), new Theme(Theme.OTHER_ID, "Other"));
        List<ThemeShare> shares = List.of(
                new ThemeShare("d-1a2b3c4d", "fx-23", 70, 1), new ThemeShare(Theme.OTHER_ID, "fx-23", 30, 1),
                new ThemeShare("d-1a2b3c4d", "fx-24", 20, 1), new ThemeShare(Theme.OTHER_ID, "fx-24", 50, 1),
                new ThemeShare("d-99999999", "fx-24", 30, 1),
                new ThemeShare("model-scaling", "ai-23", 100, 2), new ThemeShare("model-scaling", "ai-24", 100, 2));

        List<TopicSeries> topics = TopicSeries.of(reports, themes, shares);

        assertThat(topics).extracting(TopicSeries::label).containsExactly("Forex", "AI LLMs");
        TopicSeries forex = topics.get(0);
        assertThat(forex.editions()).extracting(ReportInfo::reportId).containsExactly("fx-23", "fx-24");
        // newest edition's order, other last even when larger
        assertThat(forex.themes()).extracting(Theme::label).containsExactly("Central bank policy", "Carry trades", "Other");
        assertThat(forex.share("d-99999999", "fx-23")).isNull();
        assertThat(forex.share("d-1a2b3c4d", "fx-24")).isEqualTo(20.0);
        assertThat(forex.previous()).map(ReportInfo::reportId).contains("fx-23");
        assertThat(topics.get(1).themes()).extracting(Theme::id).containsExactly("model-scaling");
    }

    @Test
    void reportsWithoutATopicAreLabelledByTheirNewestTitle() {
        ReportInfo a = new ReportInfo("a", "Cloud Security Outlook 2024", "2024", "en", "a.md", "0".repeat(64), 1, 1, 1);
        assertThat(TopicSeries.of(List.of(a), List.of(), List.of()).get(0).label()).isEqualTo("Cloud Security Outlook");
    }
}
