package io.trendreports.themes;

import java.nio.file.Path;
import java.util.Locale;

import io.trendreports.normalize.TextAnalysis;

/** Pooled and lowest-topic F1 of the default method at fixed thresholds (not a test). */
public final class ThresholdSweep {
    public static void main(String[] args) {
        LabelledSet set = args.length > 0 ? LabelledSet.read(Path.of(args[0]), null) : LabelledSet.bundled();
        for (double t : new double[] {0.04, 0.05, 0.06, 0.08, 0.10, 0.12, 0.15, 0.18, 0.20, 0.25, 0.30}) {
            ThemeDiscovery d = new ThemeDiscovery(new TextAnalysis(), ThemeSettings.DEFAULTS.withThreshold(t));
            ThemeEvaluation.Outcome a = ThemeEvaluation.evaluate(new DiscoveryMethod("", d, false), set);
            ThemeEvaluation.Outcome i = ThemeEvaluation.evaluate(new DiscoveryMethod("", d, true), set);
            System.out.printf(Locale.ROOT, "t=%.2f all-at-once %.3f (P %.2f R %.2f) low %.2f | per-run %.3f (P %.2f R %.2f) low %.2f%n", t,
                    a.overall().f1(), a.overall().precision(), a.overall().recall(), a.minF1(),
                    i.overall().f1(), i.overall().precision(), i.overall().recall(), i.minF1());
        }
    }
}
