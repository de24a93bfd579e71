package io.trendreports.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class SummarizerTest {

    private final LanguageProfiles languages = new LanguageProfiles();

    @Test
    void tableRowsAndListFragmentsAreNotPickedWhenRealSentencesExist() {
        List<String> sentences = List.of(
                "Streaming the answer token by token brought latency down from 2.4 s to 380 ms.",
                "streaming, 2.4 s, 1.1 s",
                "prompt cache latency, 1.1 s, 0.6 s",
                "Users abandon a chat when the first token takes longer than a second.");

        String summary = new Summarizer(2).summarize("Latency", sentences, languages.of("en"));

        assertThat(summary).isEqualTo(sentences.get(0) + " " + sentences.get(3));
    }

    @Test
    void aSectionOfFragmentsOnlyStillGetsASummary() {
        String summary = new Summarizer(1).summarize("Costs", List.of("Cloud, 46 %", "Licences, 31 %"),
                languages.of("en"));

        assertThat(summary).isIn("Cloud, 46 %", "Licences, 31 %");
    }

    @Test
    void sentencesEndingInCjkOrSpanishPunctuationAreComplete() {
        List<String> sentences = List.of("能源消耗成为问题！", "表格, 1, 2", "¿Quién responde por los agentes?");

        assertThat(new Summarizer(2).summarize("", sentences, languages.of("und")))
                .doesNotContain("表格");
    }

    @Test
    void aLongOpeningTopicSentenceLeadsOverALaterClaimThatNamesNoMore() {
        List<String> sentences = List.of(
                "The forex market has recently witnessed a substantial rise in algorithmic trading, where institutions "
                        + "deploy algorithms to execute trades at high speeds.",
                "Firms use quantitative models to process large amounts of data in real time.",
                "Consequently, algorithmic trading and its algorithms reshape how trades are executed.");

        String summary = new Summarizer(1).summarize("Algorithmic trading", sentences, languages.of("en"));

        assertThat(summary).isEqualTo(sentences.get(0));
    }

    @Test
    void aShortHeadlineOpenerGivesWayToTheSentenceWithTheFacts() {
        List<String> sentences = List.of(
                "Storage is turning renewables into dispatchable power.",
                "California now has more than 13 gigawatts of battery capacity, which supplies a fifth of evening demand.",
                "Developers expect the trend to hold.");
        SentenceSpecificity.SectionFacts facts = new SentenceSpecificity.SectionFacts(List.of("California"),
                List.of("more than 13 gigawatts of battery capacity"), List.of());

        String summary = new Summarizer(1).summarize("Batteries on the grid", sentences, languages.of("en"), facts);

        assertThat(summary).isEqualTo(sentences.get(1));
    }

    @Test
    void anUnfilledTemplateNeverLeads() {
        List<String> sentences = List.of(
                "Production and delivery figures are critical for assessing the company's operational efficiency.",
                "Insert analysis of production and delivery numbers in Q2 2025, comparing them to previous quarters.");

        String summary = new Summarizer(1).summarize("Production and delivery", sentences, languages.of("en"));

        assertThat(summary).isEqualTo(sentences.get(0));
    }
}
