package io.trendreports.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class EnumerationsTest {

    /** The rule as a regular expression: slow, but plainly what the hand-written reading must find. */
    private static final Pattern RULE = Pattern.compile("[\\p{L}\\p{N}][^,.;]{1,40}, [^,.;]{1,40},? "
            + "(?:and|or|et|ou|und|oder|y|o|e) ");

    @Test
    void findsListsOfThingsInSeveralLanguages() {
        assertThat(Enumerations.in("Models now process text, images, audio and video.")).isTrue();
        assertThat(Enumerations.in("Les modèles traitent le texte, les images, et le son.")).isTrue();
        assertThat(Enumerations.in("Banken, Versicherer und Händler testen das.")).isTrue();
        assertThat(Enumerations.in("Salud, finanzas y comercio lideran.")).isTrue();
    }

    @Test
    void aSentenceWithoutTwoItemsBeforeAConjunctionIsNoList() {
        assertThat(Enumerations.in("In 2024 models grew and costs fell.")).isFalse();
        assertThat(Enumerations.in("Costs fell; prices rose, and more.")).isFalse();
        assertThat(Enumerations.in("Costs fell, prices rose. And more.")).isFalse();
        assertThat(Enumerations.in("A, and b")).isFalse();
        assertThat(Enumerations.in("")).isFalse();
    }

    @Test
    void agreesWithTheRuleOnGeneratedSentences() {
        String[] words = {"models", "AI", "x", "2024", "images", "and", "or", "et", "y", "e", "o", "und",
                "audio", ",", ".", ";", "really-long-compound-word-that-goes-on", "Ⅻ", "½", "é", " ", "(text)"};
        SplittableRandom random = new SplittableRandom(17);
        int lists = 0;
        for (int n = 0; n < 50_000; n++) {
            StringBuilder sentence = new StringBuilder();
            int length = 1 + random.nextInt(24);
            for (int w = 0; w < length; w++) {
                String word = words[random.nextInt(words.length)];
                sentence.append(word);
                if (random.nextInt(3) > 0) {
                    sentence.append(word.equals(",") || random.nextBoolean() ? " " : "");
                }
            }
            String text = sentence.toString();
            boolean expected = RULE.matcher(text).find();
            assertThat(Enumerations.in(text)).as("\"%s\"", text).isEqualTo(expected);
            lists += expected ? 1 : 0;
        }
        assertThat(lists).as("generated sentences that are lists").isGreaterThan(250);
    }
}
