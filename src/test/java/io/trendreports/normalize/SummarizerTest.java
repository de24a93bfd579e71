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
}
