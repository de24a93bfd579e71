package io.trendreports.themes;

import java.util.Locale;

import io.trendreports.normalize.TextAnalysis;

/**
 * Sweeps the default method's settings over the labelled set and prints pooled and lowest-topic F1
 * (not a test): {@code java -cp ... io.trendreports.themes.ThemeTuning}. The settings chosen this
 * way are then checked on real reports nobody tuned them on (docs/theme-discovery.md).
 */
public final class ThemeTuning {

    public static void main(String[] args) {
        LabelledSet set = LabelledSet.bundled();
        TextAnalysis analysis = new TextAnalysis();
        double[] thresholds = {0.04, 0.05, 0.06, 0.08, 0.10, 0.12, 0.15};
        double[][] weights = {{1, 0, 0}, {1, 0.6, 0.5}, {1, 0.4, 0.8}, {1, 0.3, 1.0}, {1, 0.5, 1.0}, {1, 0.2, 0.6}};
        double[] headings = args.length > 0 ? new double[] {Double.parseDouble(args[0])} : new double[] {1, 3};
        for (double h : headings) {
            for (double[] w : weights) {
                StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "h=%.0f w=%.1f/%.1f/%.1f", h, w[0], w[1], w[2]));
                for (double t : thresholds) {
                    ThemeSettings s = ThemeSettings.DEFAULTS.withHeadingWeight(h).withWeights(w[0], w[1], w[2]).withThreshold(t);
                    ThemeEvaluation.Outcome all = ThemeEvaluation.evaluate(new DiscoveryMethod("", new ThemeDiscovery(analysis, s), false), set);
                    ThemeEvaluation.Outcome inc = ThemeEvaluation.evaluate(new DiscoveryMethod("", new ThemeDiscovery(analysis, s), true), set);
                    line.append(String.format(Locale.ROOT, " | t=%.2f %.2f/%.2f inc %.2f/%.2f", t, all.overall().f1(), all.minF1(),
                            inc.overall().f1(), inc.minF1()));
                }
                System.out.println(line);
            }
        }
    }
}
