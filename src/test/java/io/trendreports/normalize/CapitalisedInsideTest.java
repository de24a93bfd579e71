package io.trendreports.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class CapitalisedInsideTest {

    /** The rule as a regular expression: slow, but plainly what the hand-written reading must count. */
    private static final Pattern RULE = Pattern.compile("(?<=[\\p{L}\\p{N},;] )\\p{Lu}[\\p{L}\\p{N}\\-]*");

    @Test
    void countsNamesInsideTheSentenceNotItsFirstWordNorGenericAcronyms() {
        assertThat(CapitalisedInside.count("Banks such as Chase and Mistral-Large use it.", 3)).isEqualTo(2);
        assertThat(CapitalisedInside.count("Chase leads.", 3)).isZero();
        assertThat(CapitalisedInside.count("Firms use AI and Siemens tools.", 3)).isEqualTo(1);
        assertThat(CapitalisedInside.count("Firms: Acme, Beta, Gamma, Delta.", 3)).isEqualTo(3);
    }

    @Test
    void agreesWithTheRuleOnGeneratedSentences() {
        String[] words = {"models", "Models", "AI", "GPT-4", "Ⅻ", "½", "É", "é", "x", ",", ";", ":", " ", "-", "Σ",
                "İ", "2024", "Mistral-Large", "(Acme)", "\uD835\uDC00", "ǅ"};
        SplittableRandom random = new SplittableRandom(31);
        int names = 0;
        for (int n = 0; n < 50_000; n++) {
            StringBuilder sentence = new StringBuilder();
            int length = 1 + random.nextInt(16);
            for (int w = 0; w < length; w++) {
                sentence.append(words[random.nextInt(words.length)]).append(random.nextInt(3) > 0 ? " " : "");
            }
            String text = sentence.toString();
            long expected = RULE.matcher(text).results().filter(m -> !NameCues.isGenericAcronym(m.group())).count();
            assertThat(CapitalisedInside.count(text, 100)).as("\"%s\"", text).isEqualTo(expected);
            assertThat(CapitalisedInside.count(text, 3)).isEqualTo(Math.min(3, expected));
            names += expected > 0 ? 1 : 0;
        }
        assertThat(names).as("generated sentences with names").isGreaterThan(10_000);
    }
}
