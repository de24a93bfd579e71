package io.trendreports.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import io.trendreports.model.Section;
import io.trendreports.model.SourceReport;
import io.trendreports.normalize.TermCandidates.Candidate;
import io.trendreports.source.MarkdownReportParser;
import io.trendreports.source.ReportFileLoader;

/**
 * Builds the background document-frequency tables of key terms ({@link BackgroundFrequencies})
 * and checks that the ones shipped in {@code src/main/resources/normalize/} are up to date.
 *
 * <p>The corpus: the sample reports in {@code input/}, the tuning part of the evaluation set in
 * {@code src/test/resources/eval/} (never {@code eval/holdout/}, which must stay unseen), and the
 * general-vocabulary texts written for this purpose in {@code src/test/resources/normalize/background/}.
 * Every section is one document, in the language its report declares or the detector finds.
 *
 * <p>After changing the corpus, the stop words, the common-word lists or how candidates are formed,
 * regenerate with {@code mvn test -Dtest=BackgroundFrequencyTableTest -Dregenerate=true} and commit
 * the tables.
 */
class BackgroundFrequencyTableTest {

    private static final Path TABLES = Path.of("src/main/resources/normalize");
    private static final List<String> LANGUAGES = List.of("en", "fr", "de", "es");

    @Test
    void shippedTablesMatchTheCorpus() throws Exception {
        Map<String, String> tables = generate();
        boolean regenerate = Boolean.getBoolean("regenerate");
        for (String language : LANGUAGES) {
            Path file = TABLES.resolve("df-" + language + ".tsv");
            if (regenerate) {
                Files.writeString(file, tables.get(language), StandardCharsets.UTF_8);
            }
            assertThat(Files.readString(file, StandardCharsets.UTF_8))
                    .as("%s is stale: regenerate with mvn test -Dtest=BackgroundFrequencyTableTest -Dregenerate=true",
                            file)
                    .isEqualTo(tables.get(language));
        }
    }

    @Test
    void everyLanguageHasAFairlyLargeCorpusAndTheTablesLoad() throws Exception {
        for (String language : LANGUAGES) {
            BackgroundFrequencies table = BackgroundFrequencies.load(language);
            assertThat(table.documents()).as(language).isGreaterThanOrEqualTo(25);
            assertThat(table.frequencies()).as(language).hasSizeGreaterThan(300);
            BackgroundFrequencies reparsed = BackgroundFrequencies.parse(
                    new BufferedReader(new StringReader(generate().get(language))));
            assertThat(reparsed).isEqualTo(table);
        }
        assertThat(BackgroundFrequencies.load("xx")).isEqualTo(BackgroundFrequencies.NONE);
    }

    @Test
    void generalWordsAreFrequentAndSubjectWordsRare() {
        BackgroundFrequencies en = BackgroundFrequencies.load("en");
        LanguageProfile english = new LanguageProfiles().of("en");
        assertThat(en.of(TermCandidates.keyOf("models", english)))
                .isGreaterThan((int) (KeyTermExtractor.GENERIC_SHARE * en.documents()));
        assertThat(en.of(TermCandidates.keyOf("carbon", english))).isLessThan(5);
    }

    private static Map<String, String> generate() throws Exception {
        LanguageProfiles profiles = new LanguageProfiles();
        LanguageDetector detector = new LanguageDetector();
        Map<String, Integer> documents = new HashMap<>();
        Map<String, Map<String, int[]>> frequencies = new HashMap<>();
        for (Path file : corpus()) {
            SourceReport report = new MarkdownReportParser()
                    .parse(new ReportFileLoader(1 << 22).load(file), "bg").report();
            String language = language(report, detector);
            if (!LANGUAGES.contains(language)) {
                continue;
            }
            LanguageProfile profile = profiles.of(language);
            for (Section section : report.sections()) {
                Map<String, Candidate> candidates = new HashMap<>();
                TermCandidates.collect(section.title(), true, profile, candidates);
                TermCandidates.collect(section.body(), false, profile, candidates);
                documents.merge(language, 1, Integer::sum);
                Map<String, int[]> table = frequencies.computeIfAbsent(language, k -> new HashMap<>());
                // [documents, fewest words written]: a phrase seen in one document only is left out
                candidates.values().forEach(c -> {
                    int[] entry = table.computeIfAbsent(c.key, k -> new int[] {0, Integer.MAX_VALUE});
                    entry[0]++;
                    entry[1] = Math.min(entry[1], c.units);
                });
            }
        }
        Map<String, String> tables = new HashMap<>();
        for (String language : LANGUAGES) {
            StringBuilder out = new StringBuilder("# Background document frequencies of key-term candidates, language ")
                    .append(language).append(".\n# Generated by BackgroundFrequencyTableTest; do not edit.\n")
                    .append("#documents\t").append(documents.getOrDefault(language, 0)).append('\n');
            new TreeMap<>(frequencies.getOrDefault(language, Map.of())).forEach((key, entry) -> {
                if (entry[1] == 1 || entry[0] >= 2) {
                    out.append(key).append('\t').append(entry[0]).append('\n');
                }
            });
            tables.put(language, out.toString());
        }
        return tables;
    }

    private static String language(SourceReport report, LanguageDetector detector) {
        return report.language().isBlank() ? detector.detect(report) : report.language().strip();
    }

    private static List<Path> corpus() throws Exception {
        List<Path> files = new ArrayList<>();
        for (String dir : List.of("input", "src/test/resources/eval", "src/test/resources/normalize/background")) {
            try (Stream<Path> list = Files.list(Path.of(dir))) {
                list.filter(p -> p.toString().endsWith(".md") && Files.isRegularFile(p)).sorted().forEach(files::add);
            }
        }
        return files;
    }

}
