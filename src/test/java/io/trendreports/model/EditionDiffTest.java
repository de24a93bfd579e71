package io.trendreports.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class EditionDiffTest {

    private static TrendRecord record(String report, String title, String period, List<String> entities,
                                      List<String> sectors) {
        return new TrendRecord(report, title, period, "en", report + ".md", "0".repeat(64), 1, "s", "model-scaling",
                "Model scaling", 0.8, "", List.of(), entities, sectors, 100, 3, 100);
    }

    @Test
    void entitiesAndSectorsThatAppearAndDisappearBetweenEditionsOfOneTopic() {
        InMemoryRunSnapshot run = new InMemoryRunSnapshot(SampleRuns.THEMES, List.of(
                record("ai-2023", "AI Trends 2023", "2023", List.of("OpenAI", "GPT-4", "PaLM 2"), List.of("finance")),
                record("ai-2024", "AI Trends 2024", "2024", List.of("OpenAI", "GPT-5", "PaLM 3"),
                        List.of("finance", "healthcare")),
                record("fx-2024", "Forex Outlook 2024", "2024", List.of("ECB"), List.of())));

        assertThat(EditionDiff.of(run)).singleElement().satisfies(d -> {
            assertThat(d.fromReportId()).isEqualTo("ai-2023");
            assertThat(d.newEntities()).containsExactly("GPT-5", "PaLM 3");
            assertThat(d.goneEntities()).containsExactly("GPT-4", "PaLM 2");
            assertThat(d.newSectors()).containsExactly("healthcare");
            assertThat(d.goneSectors()).isEmpty();
        });
    }
}
