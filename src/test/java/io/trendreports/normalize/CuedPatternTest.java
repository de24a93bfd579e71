package io.trendreports.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** The cue words may only save time: with or without them, each pattern finds the same sentences. */
class CuedPatternTest {

    private static final Map<String, CuedPattern> PATTERNS = Map.of(
            "EXAMPLE", SentenceSpecificity.EXAMPLE, "CLOSER", SentenceSpecificity.CLOSER,
            "PLACEHOLDER", SentenceSpecificity.PLACEHOLDER, "STATES_TREND", SentenceSpecificity.STATES_TREND,
            "OUTLOOK_LABEL", SentenceSpecificity.OUTLOOK_LABEL);

    /** One sentence per alternative of each pattern, as reports write it. */
    private static final Map<String, List<String>> EXAMPLES = Map.of(
            "EXAMPLE", List.of("Tools such as linters help.", "For example, banks.", "For instance, banks.",
                    "Sectors including health.", "Firms like Acme.",
                    "Les banques, notamment BNP.", "Comme les banques.", "Des outils tels que Git.",
                    "Par exemple, la santé.", "Firmen wie Siemens.", "Etwa die Bahn.", "Zum Beispiel die Post.",
                    "Darunter die Post.", "Bancos como BBVA.", "Por ejemplo, BBVA.",
                    "Incluidos los bancos.", "Entre ellos BBVA."),
            "CLOSER", List.of("It remains to be seen.", "The debate is far from settled.",
                    "Costs are likely to persist.", "Adoption will continue.", "In the years ahead it grows.",
                    "In the coming decade it grows.", "The future of work.", "Work of the future.",
                    "This is paving the way.", "Positioning it well.", "Ultimately, it pays.",
                    "In conclusion, it pays.", "It is a key challenge.",
                    "Security is crucial.", "Safety remains urgent.", "It will be closely watched.",
                    "The shift is only beginning.", "A new era starts.", "AI is reshaping retail.",
                    "The field is changing rapidly.", "Security is becoming a priority.",
                    "Il reste à voir.", "À l'avenir, oui.", "Le coût demeure un défi.",
                    "Das dürfte sich weiter ändern.", "Es wird Jahrzehnte dauern.", "Es steht noch am Anfang.",
                    "Queda mucho camino.", "El cambio continuará.", "Se trata de una tendencia.",
                    "Costs are expected to deepen.", "Rules may significantly evolve.",
                    "Looking ahead, costs fall.", "Going forward, costs fall.", "In the long run, costs fall."),
            "PLACEHOLDER", List.of("It grew by [Insert percentage] this year.",
                    "A breakdown would provide a clearer view.", "Data could shed light on it."),
            "STATES_TREND", List.of("The main trend is clear.", "The trend is plain.",
                    "A notable trend in 2024 is reuse.", "La tendance principale est claire.",
                    "Der wichtigste Trend ist klar.", "La gran tendencia es clara.", "THE KEY SHIFT is here."),
            "OUTLOOK_LABEL", List.of("Future directions: more data.", "Outlook: more data.", "Next steps: more.",
                    "Looking ahead: more.", "Perspectives : more.", "Ausblick: mehr.", "Perspectivas: más.",
                    "Research in this area will focus on cost."));

    @Test
    void everyAlternativeIsFoundThroughItsCues() {
        EXAMPLES.forEach((name, sentences) -> {
            CuedPattern pattern = PATTERNS.get(name);
            for (String sentence : sentences) {
                assertThat(pattern.findWithoutCues(sentence)).as("%s matches \"%s\"", name, sentence).isTrue();
                assertThat(pattern.find(sentence, LowerCaseWords.of(sentence))).as("%s finds \"%s\"", name, sentence)
                        .isTrue();
            }
        });
    }

    @Test
    void cuesChangeNothingOnTheTestReports() throws IOException {
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/test/resources"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".md")).toList()) {
                for (String line : Files.readAllLines(file)) {
                    texts.add(line);
                    texts.addAll(List.of(line.split("(?<=[.!?。]) ")));
                }
            }
        }
        assertThat(texts).hasSizeGreaterThan(5_000);
        assertThat(assertAgree(texts)).as("matches in the test reports").isGreaterThan(20);
    }

    @Test
    void cuesChangeNothingOnGeneratedSentences() {
        String[] words = {"Research", "will", "focus", "is", "are", "likely", "to", "continue", "the", "future", "of",
                "key", "challenge", "trend", "Trend", "TREND", "trends", "main", "Outlook", "outlook:", ":", ",", ".",
                "[Insert", "Insert", "a", "would", "provide", "light", "such", "as", "e.g.", "z.", "B.", "like",
                "likes", "Overall,", "overall", "à", "l'avenir", "continuará", "dürfte", "weiter", "keyword",
                "Ⅻ", "_", "İ", "Σ", "end"};
        SplittableRandom random = new SplittableRandom(23);
        List<String> texts = new ArrayList<>();
        for (int n = 0; n < 40_000; n++) {
            StringBuilder sentence = new StringBuilder();
            int length = 1 + random.nextInt(10);
            for (int w = 0; w < length; w++) {
                sentence.append(words[random.nextInt(words.length)]).append(random.nextInt(6) > 0 ? " " : "");
            }
            texts.add(sentence.toString());
        }
        assertThat(assertAgree(texts)).as("matches in generated sentences").isGreaterThan(2_000);
    }

    /** @return how many times a pattern found a text, so that agreement is not on misses alone */
    private static int assertAgree(List<String> texts) {
        int matches = 0;
        for (Map.Entry<String, CuedPattern> named : PATTERNS.entrySet()) {
            for (String text : texts) {
                boolean expected = named.getValue().findWithoutCues(text);
                assertThat(named.getValue().find(text, LowerCaseWords.of(text)))
                        .as("%s on \"%s\"", named.getKey(), text).isEqualTo(expected);
                matches += expected ? 1 : 0;
            }
        }
        return matches;
    }
}
