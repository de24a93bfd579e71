package io.trendreports.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import io.trendreports.model.Theme;
import io.trendreports.model.TrendRecord;
import io.trendreports.source.MarkdownReportParser;
import io.trendreports.source.ParsedReport;
import io.trendreports.source.ReportFileLoader;

/**
 * Measures theme classification on hand-labelled reports written unlike the reference report
 * (other structures, headings and languages), through the real parser and normalizer with the
 * shipped configuration. Reports under {@code eval/holdout/} are never used for tuning, so their
 * accuracy estimates how the taxonomy does on reports nobody here has seen.
 *
 * <p>Run {@code mvn test -Dtest=ClassificationEvaluationTest} to see the confusion table.
 */
class ClassificationEvaluationTest {

    private static final Path EVAL = Path.of("src/test/resources/eval");
    private static final double REQUIRED_ACCURACY = 0.95;

    private static final List<Outcome> outcomes = new ArrayList<>();
    private static final List<String> structureProblems = new ArrayList<>();
    private static List<String> themeIds;

    record Outcome(String file, boolean holdout, String language, String detectedLanguage, String title,
                   String expected, String predicted, double score) {
        boolean right() {
            return expected.equals(predicted);
        }
    }

    @BeforeAll
    static void classifyEveryLabelledSection() throws Exception {
        KnowledgeBase kb = KnowledgeBase.load(Path.of("config"));
        themeIds = kb.taxonomy().themes().stream().map(Theme::id).toList();
        ReportNormalizer normalizer = new ReportNormalizer(kb, NormalizerSettings.defaults());
        MarkdownReportParser parser = new MarkdownReportParser();
        ReportFileLoader loader = new ReportFileLoader(1 << 20);
        for (Map.Entry<String, Map<String, Object>> entry : labels().entrySet()) {
            String file = entry.getKey();
            String language = (String) entry.getValue().get("language");
            @SuppressWarnings("unchecked")
            List<List<String>> expected = (List<List<String>>) entry.getValue().get("sections");
            ParsedReport parsed = parser.parse(loader.load(EVAL.resolve(file)), file);
            List<TrendRecord> records = normalizer.normalize(parsed.report());
            List<String> titles = records.stream().map(TrendRecord::sectionTitle).toList();
            List<String> expectedTitles = expected.stream().map(l -> l.get(1)).toList();
            if (!titles.equals(expectedTitles)) {
                structureProblems.add(file + ": expected sections " + expectedTitles + " but parsed " + titles);
                continue;
            }
            for (int i = 0; i < records.size(); i++) {
                TrendRecord r = records.get(i);
                outcomes.add(new Outcome(file, file.startsWith("holdout/"), language, r.language(),
                        r.sectionTitle(), expected.get(i).get(0), r.themeId(), r.themeScore()));
            }
        }
        print();
    }

    @Test
    void everyReportSplitsIntoItsLabelledSections() {
        assertThat(structureProblems).isEmpty();
    }

    @Test
    void theSetIsLargeVariedAndMultilingual() {
        assertThat(outcomes).hasSizeGreaterThanOrEqualTo(60);
        assertThat(outcomes.stream().filter(o -> !o.language().equals("en"))).hasSizeGreaterThanOrEqualTo(20);
        assertThat(outcomes.stream().map(Outcome::language).distinct()).contains("en", "fr", "de", "es");
        assertThat(outcomes.stream().map(Outcome::expected).distinct()).containsExactlyInAnyOrderElementsOf(themeIds);
    }

    @Test
    void languageOfEveryReportIsDetectedOrDeclaredAsIso6391() {
        assertThat(outcomes).allSatisfy(o -> assertThat(o.detectedLanguage()).as(o.file()).isEqualTo(o.language()));
    }

    @Test
    void atLeast95PercentOfTuningSectionsGetTheirTheme() {
        assertThat(accuracy(outcomes.stream().filter(o -> !o.holdout()).toList()))
                .isGreaterThanOrEqualTo(REQUIRED_ACCURACY);
    }

    @Test
    void atLeast95PercentOfAllLabelledSectionsIncludingHeldOutOnesGetTheirTheme() {
        assertThat(accuracy(outcomes)).isGreaterThanOrEqualTo(REQUIRED_ACCURACY);
    }

    private static double accuracy(List<Outcome> list) {
        return list.isEmpty() ? 0 : (double) list.stream().filter(Outcome::right).count() / list.size();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> labels() throws IOException {
        try (InputStream in = Files.newInputStream(EVAL.resolve("labels.yml"))) {
            return new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
        }
    }

    private static void print() {
        StringBuilder out = new StringBuilder("\n=== Theme classification on the evaluation set ===\n");
        for (Outcome o : outcomes) {
            if (!o.right()) {
                out.append(String.format(Locale.ROOT, "MISS %-40s %-45s expected %-22s got %s (%.2f)%n",
                        o.file(), o.title(), o.expected(), o.predicted(), o.score()));
            }
        }
        out.append(confusion(outcomes));
        Map<String, List<Outcome>> groups = new LinkedHashMap<>();
        groups.put("tuning set", outcomes.stream().filter(o -> !o.holdout()).toList());
        groups.put("held-out set", outcomes.stream().filter(Outcome::holdout).toList());
        groups.put("all", outcomes);
        Map<String, List<Outcome>> byLanguage = new TreeMap<>();
        outcomes.forEach(o -> byLanguage.computeIfAbsent("language " + o.language(), k -> new ArrayList<>()).add(o));
        groups.putAll(byLanguage);
        groups.forEach((name, list) -> out.append(String.format(Locale.ROOT, "%-14s %3d/%3d = %5.1f%%%n", name,
                list.stream().filter(Outcome::right).count(), list.size(), 100 * accuracy(list))));
        structureProblems.forEach(p -> out.append("STRUCTURE ").append(p).append('\n'));
        System.out.println(out);
    }

    /** Rows are the expected themes, columns the predicted ones. */
    private static String confusion(List<Outcome> list) {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%-24s", "expected \\ predicted"));
        for (int c = 0; c < themeIds.size(); c++) {
            out.append(String.format(Locale.ROOT, "%4s", "c" + (c + 1)));
        }
        out.append('\n');
        for (String expected : themeIds) {
            out.append(String.format(Locale.ROOT, "%-24s", "c" + (themeIds.indexOf(expected) + 1) + " " + expected));
            for (String predicted : themeIds) {
                long n = list.stream().filter(o -> o.expected().equals(expected) && o.predicted().equals(predicted))
                        .count();
                out.append(String.format(Locale.ROOT, "%4s", n == 0 ? "." : Long.toString(n)));
            }
            out.append('\n');
        }
        return out.toString();
    }
}
