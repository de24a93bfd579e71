package io.trendreports.themes;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.trendreports.normalize.KnowledgeBase;
import io.trendreports.normalize.NormalizerSettings;
import io.trendreports.normalize.ReportNormalizer;
import io.trendreports.normalize.TextAnalysis;

/**
 * Prints the quality table of docs/theme-discovery.md: every method on the labelled set, per topic
 * (not a test; run with {@code mvn -B -q test-compile exec:java}-style classpath, see the doc).
 * Argument {@code records}: sections as the store keeps them (summary, key terms) instead of bodies;
 * a folder argument: another labelled set (e.g. the real reports, not committed).
 */
public final class ThemeMethodComparison {

    public static void main(String[] args) {
        boolean records = List.of(args).contains("records");
        Path folder = List.of(args).stream().filter(a -> !a.equals("records")).findFirst().map(Path::of)
                .orElse(LabelledSet.BUNDLED);
        ReportNormalizer normalizer = records
                ? new ReportNormalizer(KnowledgeBase.load(Path.of("config")), NormalizerSettings.defaults()) : null;
        LabelledSet set = LabelledSet.read(folder, normalizer);
        ThemeSettings d = ThemeSettings.DEFAULTS;
        List<GroupingMethod> methods = new ArrayList<>(List.of(
                new DiscoveryMethod("default: stems+names+prefixes, all at once", new ThemeDiscovery(new TextAnalysis(), d), false),
                new DiscoveryMethod("default, one report per run", new ThemeDiscovery(new TextAnalysis(), d), true),
                new DiscoveryMethod("default, one report per run, only its sections passed",
                        new ThemeDiscovery(new TextAnalysis(), d), true, true),
                new TfIdfBaseline("Lucene stems TF-IDF + average linkage, fixed t=0.04",
                        d.withWeights(1, 0, 0).withRelativeThreshold(0).withCrossLanguageBoost(1).withThreshold(0.04), false),
                new TfIdfBaseline("default, stems only", d.withWeights(1, 0, 0), false),
                new TfIdfBaseline("default, fixed t=0.08 (no topic threshold)", d.withRelativeThreshold(0), false),
                new TfIdfBaseline("default, no cross-language boost", d.withCrossLanguageBoost(1), false),
                new TfIdfBaseline("default without one-theme-per-report", d, true),
                new CarrotMethod(CarrotMethod.Algorithm.LINGO),
                new CarrotMethod(CarrotMethod.Algorithm.STC),
                new CarrotMethod(CarrotMethod.Algorithm.KMEANS)));
        methods.addAll(OptionalMethods.load());
        System.out.println("topics: " + String.join(" | ", set.topics().keySet()));
        for (GroupingMethod m : methods) {
            ThemeEvaluation.Outcome o = ThemeEvaluation.evaluate(m, set);
            System.out.println(ThemeEvaluation.table(o));
            System.out.println(ThemeEvaluation.markdownRow(o, String.format(java.util.Locale.ROOT, "%.1f s", o.seconds())));
            System.out.println();
        }
    }
}
