package io.trendreports.themes;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.trendreports.normalize.TextAnalysis;

/**
 * The default method on the labelled set ({@code src/test/resources/themes}): prints pairwise
 * precision, recall and F1 per topic and requires F1 >= 0.85 for every topic, both when a topic's
 * reports come all at once and when they arrive one per nightly run.
 */
class ThemeDiscoveryEvaluationTest {

    private static final double REQUIRED_F1 = 0.85;

    @Test
    void everyTopicReachesTheRequiredF1() {
        LabelledSet set = LabelledSet.bundled();
        ThemeDiscovery discovery = new ThemeDiscovery(new TextAnalysis(), ThemeSettings.DEFAULTS);
        for (boolean reportByReport : new boolean[] {false, true}) {
            ThemeEvaluation.Outcome o = ThemeEvaluation.evaluate(new DiscoveryMethod(
                    reportByReport ? "default, one report per run" : "default, all at once", discovery, reportByReport), set);
            System.out.println(ThemeEvaluation.table(o));
            o.perTopic().forEach((topic, score) -> assertTrue(score.f1() >= REQUIRED_F1,
                    o.method() + ": " + topic + " F1 " + score.f1() + " < " + REQUIRED_F1));
        }
    }
}
