package io.trendreports.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class LineBreakerTest {

    /** One point per character keeps the arithmetic visible. */
    private static final LineBreaker.Measure ONE_PER_CHAR = s -> s.codePointCount(0, s.length());

    @Test
    void wrapsAtSpacesWithoutExceedingTheWidth() {
        List<String> lines = LineBreaker.wrap("the quick brown fox jumps over the lazy dog", 10, ONE_PER_CHAR);

        assertThat(lines).containsExactly("the quick", "brown fox", "jumps over", "the lazy", "dog");
    }

    @Test
    void cutsAWordLongerThanALineIntoFullLines() {
        List<String> lines = LineBreaker.wrap("ab " + "x".repeat(25) + " cd", 10, ONE_PER_CHAR);

        assertThat(lines).containsExactly("ab", "xxxxxxxxxx", "xxxxxxxxxx", "xxxxx cd");
    }

    @Test
    void keepsLineFeedsAsBreaksAndNeverSplitsSurrogatePairs() {
        List<String> lines = LineBreaker.wrap("one\n\ntwo \uD83D\uDE00\uD83D\uDE00\uD83D\uDE00\uD83D\uDE00", 3, ONE_PER_CHAR);

        assertThat(lines).containsExactly("one", "", "two", "\uD83D\uDE00\uD83D\uDE00\uD83D\uDE00", "\uD83D\uDE00");
    }

    @Test
    void breaksChineseBetweenIdeographsThoughItHasNoSpaces() {
        List<String> lines = LineBreaker.wrap("人工智能模型迅速发展", 4, ONE_PER_CHAR);

        assertThat(lines).containsExactly("人工智能", "模型迅速", "发展");
    }

    @Test
    void neverStartsALineWithClosingPunctuationOrASmallKana() {
        assertThat(LineBreaker.wrap("过去一年，开源模型增加。", 4, ONE_PER_CHAR))
                .containsExactly("过去一", "年，开源", "模型增", "加。");
        // the prolonged sound mark and small kana belong to the kana before them
        assertThat(LineBreaker.wrap("データーショップ", 3, ONE_PER_CHAR))
                .allSatisfy(line -> assertThat(line).doesNotStartWith("ー").doesNotStartWith("ョ"))
                .allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(3));
    }

    @Test
    void keepsALatinWordInsideChineseTextWhole() {
        List<String> lines = LineBreaker.wrap("使用OpenAI的模型", 7, ONE_PER_CHAR);

        assertThat(lines).containsExactly("使用", "OpenAI的", "模型");
    }

    @Test
    void breaksAfterHyphensAsWellAsAtSpaces() {
        List<String> lines = LineBreaker.wrap("state-of-the-art models", 10, ONE_PER_CHAR);

        assertThat(lines).containsExactly("state-of-", "the-art", "models");
    }

    @Test
    void runsOfSpacesCountAsOne() {
        assertThat(LineBreaker.wrap("score  \u00B7  0.80", 20, ONE_PER_CHAR)).containsExactly("score \u00B7 0.80");
    }

    @Test
    void truncatesWithAnEllipsisOnlyWhenNeeded() {
        assertThat(LineBreaker.truncate("short", 10, "...", ONE_PER_CHAR)).isEqualTo("short");
        assertThat(LineBreaker.truncate("a much longer title", 10, "...", ONE_PER_CHAR)).isEqualTo("a much...");
    }

    @Test
    void aCutNeverSeparatesAVowelSignOrAConjunctFromItsLetter() {
        // स्थिति is two user-perceived characters, स्थि (four code points) and ति; a cut inside one would draw a lone sign
        List<String> lines = LineBreaker.wrap("स्थिति".repeat(3), 4, ONE_PER_CHAR);

        assertThat(lines).containsExactly("स्थि", "ति", "स्थि", "ति", "स्थि", "ति");
        assertThat(LineBreaker.truncate("स्थिति स्थिति", 7, "...", ONE_PER_CHAR)).isEqualTo("स्थि...");
    }
}
