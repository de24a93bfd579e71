package io.trendreports.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class DictionaryWordTokenizerTest {

    @Test
    void chineseIsSplitIntoDictionaryWords() {
        assertThat(Tokens.terms(Tokens.SEGMENTED_WORDS, "大型语言模型正在快速发展。"))
                .containsExactly("大型", "语言", "模型", "正在", "快速", "发展");
    }

    @Test
    void japaneseKanaAndKanjiWordsAreSplitAndPunctuationDropped() {
        assertThat(Tokens.terms(Tokens.SEGMENTED_WORDS, "電気自動車の販売は、伸びている。"))
                .startsWith("電気", "自動車", "の", "販売", "は").doesNotContain("、", "。");
    }

    @Test
    void latinWordsAndNumbersInsideAreKeptLowerCasedWithTheirOffsets() {
        String text = "GPT-5 模型 2025年";
        List<Token> tokens = Tokens.analyze(Tokens.SEGMENTED_WORDS, text);
        assertThat(tokens).extracting(Token::term).containsExactly("gpt", "5", "模型", "2025", "年");
        assertThat(tokens).allSatisfy(t -> assertThat(text.substring(t.start(), t.end()).toLowerCase())
                .isEqualTo(t.term()));
    }

    @Test
    void wordCountsOfChineseCountWordsNotCharacters() {
        assertThat(Tokens.wordCount(Tokens.SEGMENTED_WORDS, "大型语言模型正在快速发展。")).isEqualTo(6);
        assertThat(Tokens.wordCount(Tokens.WORDS, "大型语言模型正在快速发展。")).isEqualTo(12);
        assertThat(Tokens.wordCount(Tokens.SEGMENTED_WORDS, "🚀 🚀")).isZero();
    }
}
