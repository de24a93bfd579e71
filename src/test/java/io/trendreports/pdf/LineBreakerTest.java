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
    void truncatesWithAnEllipsisOnlyWhenNeeded() {
        assertThat(LineBreaker.truncate("short", 10, "...", ONE_PER_CHAR)).isEqualTo("short");
        assertThat(LineBreaker.truncate("a much longer title", 10, "...", ONE_PER_CHAR)).isEqualTo("a much...");
    }
}
