package io.trendreports.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import io.trendreports.model.Section;
import io.trendreports.normalize.KnowledgeBase;
import io.trendreports.normalize.NormalizerSettings;
import io.trendreports.normalize.ReportNormalizer;

/**
 * Reads every labelled report of a folder ({@code NAME.md} beside {@code NAME.expected.yml} with
 * {@code language} and {@code sections}) through the real loader, parser and normalizer, and
 * compares what came out with what a careful reader sees. A label ending in "..." matches a title
 * that starts with it (numbered paragraphs have no title of their own). Titles are compared
 * without case, punctuation or spacing differences.
 */
final class StructureEvaluation {

    /** @param expectedTitle the report title the label names, or empty when it names none */
    record Outcome(String file, List<String> expected, List<String> actual, String expectedLanguage,
                   String language, String structure, String expectedTitle, String title) {
        boolean sectionsRight() {
            if (expected.size() != actual.size()) {
                return false;
            }
            for (int i = 0; i < expected.size(); i++) {
                if (!matches(expected.get(i), actual.get(i))) {
                    return false;
                }
            }
            return true;
        }

        boolean languageRight() {
            return expectedLanguage.equals(language);
        }

        /** The first label that differs, for the table. */
        String firstDifference() {
            for (int i = 0; i < Math.max(expected.size(), actual.size()); i++) {
                String e = i < expected.size() ? expected.get(i) : "(none)";
                String a = i < actual.size() ? actual.get(i) : "(none)";
                if (!matches(e, a)) {
                    return "#" + (i + 1) + " expected \"" + e + "\", got \"" + a + "\"";
                }
            }
            return "";
        }
    }

    private final MarkdownReportParser parser = new MarkdownReportParser();
    private final ReportFileLoader loader = new ReportFileLoader(20 << 20);
    private final ReportNormalizer normalizer;

    StructureEvaluation() throws IOException {
        this.normalizer = new ReportNormalizer(KnowledgeBase.load(Path.of("config")), NormalizerSettings.defaults());
    }

    List<Outcome> evaluate(Path folder) throws IOException {
        List<Path> labels;
        try (Stream<Path> files = Files.list(folder)) {
            labels = files.filter(p -> p.getFileName().toString().endsWith(".expected.yml")).sorted().toList();
        }
        List<Outcome> outcomes = new ArrayList<>();
        for (Path label : labels) {
            String name = label.getFileName().toString().replace(".expected.yml", ".md");
            outcomes.add(evaluate(folder.resolve(name), load(label)));
        }
        return outcomes;
    }

    @SuppressWarnings("unchecked")
    private Outcome evaluate(Path report, Map<String, Object> label) throws IOException {
        List<String> expected = ((List<Object>) label.getOrDefault("sections", List.of())).stream()
                .map(String::valueOf).toList();
        String expectedLanguage = String.valueOf(label.getOrDefault("language", ""));
        String expectedTitle = String.valueOf(label.getOrDefault("title", ""));
        String name = report.getFileName().toString();
        try {
            LoadedFile file = loader.load(report);
            ParsedReport parsed = parser.parse(file, ReportSlugs.slug(name));
            List<String> actual = parsed.report().sections().stream().map(Section::title).toList();
            String language = normalizer.normalize(parsed.report()).get(0).language();
            return new Outcome(name, expected, actual, expectedLanguage, language, parsed.structure(), expectedTitle,
                    parsed.report().title());
        } catch (RejectedInputException e) {
            return new Outcome(name, expected, List.of(), expectedLanguage, "-", "rejected: " + e.reason(),
                    expectedTitle, "");
        }
    }

    static boolean matches(String expected, String actual) {
        String e = fold(expected);
        String a = fold(actual);
        if (expected.strip().endsWith("...") || expected.strip().endsWith("…")) {
            return a.startsWith(e) || e.startsWith(a.replaceAll(" ?…$", "").strip());
        }
        return e.equals(a);
    }

    private static String fold(String s) {
        return s.toLowerCase(Locale.ROOT).replace("...", "").replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    private static Map<String, Object> load(Path label) throws IOException {
        try (InputStream in = Files.newInputStream(label)) {
            return new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
        }
    }

    /** The per-file table and the totals, as printed in the test output. */
    static String table(String heading, List<Outcome> outcomes) {
        StringBuilder s = new StringBuilder("\n").append(heading).append('\n');
        s.append(String.format("%-48s %5s %5s %-4s %-5s %-5s %s%n", "file", "want", "got", "ok", "lang", "got",
                "structure / first difference"));
        int sectionsRight = 0;
        int languagesRight = 0;
        for (Outcome o : outcomes) {
            sectionsRight += o.sectionsRight() ? 1 : 0;
            languagesRight += o.languageRight() ? 1 : 0;
            s.append(String.format("%-48s %5d %5d %-4s %-5s %-5s %s%n", clip(o.file(), 48), o.expected().size(),
                    o.actual().size(), o.sectionsRight() ? "yes" : "NO", o.expectedLanguage(),
                    o.language() + (o.languageRight() ? "" : "!"),
                    o.structure() + (o.sectionsRight() ? "" : " | " + o.firstDifference())));
        }
        int n = outcomes.size();
        s.append(String.format("sections exactly right: %d of %d (%.0f%%); language right: %d of %d (%.0f%%)%n",
                sectionsRight, n, n == 0 ? 0 : 100.0 * sectionsRight / n, languagesRight, n,
                n == 0 ? 0 : 100.0 * languagesRight / n));
        return s.toString();
    }

    private static String clip(String s, int width) {
        return s.length() <= width ? s : s.substring(0, width - 1) + "…";
    }
}
