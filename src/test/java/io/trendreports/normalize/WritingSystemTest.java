package io.trendreports.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.Character.UnicodeScript;
import java.util.SplittableRandom;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class WritingSystemTest {

    /** The identifier rule as a regular expression: what the hand-written scan must skip. */
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z0-9]*_[A-Za-z0-9_]*");

    @Test
    void namesTheMainScriptAndSkipsIdentifiers() {
        assertThat(WritingSystem.of("Модель log_market_cap растёт").script()).isEqualTo(UnicodeScript.CYRILLIC);
        assertThat(WritingSystem.of("the is_monotonic check").letters()).isEqualTo("thecheck".length());
        assertThat(WritingSystem.of("東京の市場 GPT").script()).isEqualTo(UnicodeScript.HAN);
        assertThat(WritingSystem.of("東京の市場").kanaShare()).isGreaterThan(0);
        assertThat(WritingSystem.of("2024 — 17%").script()).isEqualTo(UnicodeScript.UNKNOWN);
    }

    @Test
    void countsWhatTheTextWithoutItsIdentifiersCounts() {
        String[] pieces = {"a", "Z", "_", "9", " ", "é", "ж", "東", "の", "한", "-", "__x", "log_cap", "\uD835\uDC00", "x1"};
        SplittableRandom random = new SplittableRandom(7);
        for (int n = 0; n < 50_000; n++) {
            StringBuilder text = new StringBuilder();
            int length = 1 + random.nextInt(20);
            for (int p = 0; p < length; p++) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            String withoutIdentifiers = IDENTIFIER.matcher(text).replaceAll(" ");
            WritingSystem scanned = WritingSystem.of(text);
            WritingSystem expected = WritingSystem.of(withoutIdentifiers);
            assertThat(scanned).as("\"%s\"", text).isEqualTo(expected);
            assertThat(withoutIdentifiers).doesNotContain("_");
        }
    }
}
