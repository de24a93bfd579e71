package io.trendreports.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

    @Test
    void abbreviationsDoNotEndASentence() {
        assertThat(SentenceSplitter.split("Tools, e.g. LoRA, help. Dr. Smith agrees. So do we.", Locale.ENGLISH))
                .containsExactly("Tools, e.g. LoRA, help.", "Dr. Smith agrees.", "So do we.");
    }

    @Test
    void paragraphsAlwaysEndASentenceAndLinesAreJoined() {
        assertThat(SentenceSplitter.split("A heading without stop\n\nSecond line\ncontinues. Third!", Locale.ENGLISH))
                .containsExactly("A heading without stop", "Second line continues.", "Third!");
    }

    @Test
    void otherLanguagesSplitToo() {
        assertThat(SentenceSplitter.split("Die Modelle wachsen, z.B. GPT-5. Das kostet Energie.", Locale.GERMAN))
                .containsExactly("Die Modelle wachsen, z.B. GPT-5.", "Das kostet Energie.");
    }

    @Test
    void blankTextHasNoSentences() {
        assertThat(SentenceSplitter.split(" \n\n ", Locale.ENGLISH)).isEmpty();
    }

    @Test
    void spanishQuestionsAndExclamationsKeepTheirOpeningMarks() {
        assertThat(SentenceSplitter.split("¿Quién responde por los agentes? Nadie lo sabe. ¡Es urgente! Fin.",
                Locale.forLanguageTag("es"))).containsExactly(
                "¿Quién responde por los agentes?", "Nadie lo sabe.", "¡Es urgente!", "Fin.");
    }

    @Test
    void cjkFullStopsEndSentencesWithoutSpaces() {
        assertThat(SentenceSplitter.split("大型模型继续扩大。能源消耗成为问题！开源模型怎么样？", Locale.ROOT))
                .containsExactly("大型模型继续扩大。", "能源消耗成为问题！", "开源模型怎么样？");
        assertThat(SentenceSplitter.split("モデルは大きくなった。電力が足りない。", Locale.JAPANESE))
                .containsExactly("モデルは大きくなった。", "電力が足りない。");
    }

    @Test
    void frenchSpacedPunctuationAndDecimalsStayInOneSentence() {
        assertThat(SentenceSplitter.split("Le marché croît de 3,5 % par an ; est-ce durable ? Oui. Voir p.ex. la note.",
                Locale.FRENCH)).containsExactly("Le marché croît de 3,5 % par an ; est-ce durable ?", "Oui.",
                "Voir p.ex. la note.");
    }

    @Test
    void chineseAndJapaneseSentencesEndAtFullWidthMarksWithoutSpaces() {
        assertThat(SentenceSplitter.split("模型正在快速发展。它们需要大量的计算资源！你知道吗？是的", Locale.CHINESE))
                .containsExactly("模型正在快速发展。", "它们需要大量的计算资源！", "你知道吗？", "是的");
        assertThat(SentenceSplitter.split("需要が伸びている。電力が足りない！", Locale.JAPANESE))
                .containsExactly("需要が伸びている。", "電力が足りない！");
    }
}
