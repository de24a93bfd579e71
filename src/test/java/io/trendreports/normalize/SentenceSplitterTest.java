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
}
