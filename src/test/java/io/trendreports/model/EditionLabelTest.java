package io.trendreports.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EditionLabelTest {

    private static ReportInfo report(String title, String period) {
        return new ReportInfo("id", title, period, "en", "f.md", "0".repeat(64), 1, 100, 3);
    }

    @Test
    void theShortLabelIsThePeriodAndTheTitleWithoutItsPeriodAndDressingWords() {
        assertThat(EditionLabel.of(report("Comprehensive Report on AI LLMs Development in 2024", "2024")))
                .isEqualTo("2024 · AI LLMs Development");
        assertThat(EditionLabel.of(report("AI LLMs Development in 2023 (Illustrative Edition)", "2023")))
                .isEqualTo("2023 · AI LLMs Development…");
        assertThat(EditionLabel.of(report("Forex Outlook", "2025-03"))).isEqualTo("2025-03 · Forex Outlook");
    }

    @Test
    void aLabelWithoutPeriodIsTheShortTitleAndNeverEmpty() {
        assertThat(EditionLabel.of(report("Quantum Computing Trends", ""))).isEqualTo("Quantum Computing Trends");
        assertThat(EditionLabel.of(report("2024", "2024"))).isEqualTo("2024");
        assertThat(EditionLabel.of(report("", ""))).isEqualTo("#3");
        assertThat(EditionLabel.of(report("Report 5", "2024"))).as("dressing words stay when nothing else would")
                .isEqualTo("2024 · Report 5");
    }

    @Test
    void longTitlesAreCutAtAWordWithAnEllipsis() {
        String label = EditionLabel.of(report("The State of Quantum Computing Hardware and Software Ecosystems", "2025"));
        assertThat(label).isEqualTo("2025 · State of Quantum Computing…");
        assertThat(EditionLabel.shortTitle("Supercalifragilisticexpialidocious-and-then-some", ""))
                .hasSize(EditionLabel.MAX_SHORT_TITLE).endsWith("…");
    }

    @Test
    void theFullTitleAddsThePeriodOnlyWhenTheTitleDoesNotSayIt() {
        assertThat(EditionLabel.fullTitle(report("Comprehensive Report on AI LLMs Development in 2024", "2024")))
                .isEqualTo("Comprehensive Report on AI LLMs Development in 2024");
        assertThat(EditionLabel.fullTitle(report("Forex Outlook", "2025"))).isEqualTo("Forex Outlook (2025)");
        assertThat(EditionLabel.fullTitle(report("Report 20245", "2024"))).isEqualTo("Report 20245 (2024)");
        assertThat(EditionLabel.fullTitle(report("Forex Outlook", ""))).isEqualTo("Forex Outlook");
    }
}
