package io.trendreports.themes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Runs grouping methods over a labelled set and prints pairwise precision, recall and F1 per topic. */
final class ThemeEvaluation {

    record Outcome(String method, Map<String, PairwiseScore> perTopic, PairwiseScore overall, double seconds) {

        double macroF1() {
            return perTopic.values().stream().mapToDouble(PairwiseScore::f1).average().orElse(0);
        }

        double minF1() {
            return perTopic.values().stream().mapToDouble(PairwiseScore::f1).min().orElse(0);
        }
    }

    private ThemeEvaluation() {
    }

    static Outcome evaluate(GroupingMethod method, LabelledSet set) {
        Map<String, PairwiseScore> perTopic = new LinkedHashMap<>();
        PairwiseScore overall = PairwiseScore.ZERO;
        long start = System.nanoTime();
        for (Map.Entry<String, List<LabelledSet.LabelledSection>> topic : set.topics().entrySet()) {
            List<ThemeSection> sections = topic.getValue().stream().map(LabelledSet.LabelledSection::section).toList();
            PairwiseScore score = PairwiseScore.of(topic.getValue(), method.group(sections));
            perTopic.put(topic.getKey(), score);
            overall = overall.plus(score);
        }
        return new Outcome(method.name(), perTopic, overall, (System.nanoTime() - start) / 1e9);
    }

    /** One row per topic (P / R / F1 / cross-language recall), then the pooled pairs of all topics. */
    static String table(Outcome o) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%s%n%-20s %6s %6s %6s %8s%n", o.method(), "topic", "P", "R", "F1", "xlang-R"));
        o.perTopic().forEach((topic, s) -> sb.append(row(topic, s)));
        sb.append(row("all (pooled pairs)", o.overall()));
        sb.append(String.format(Locale.ROOT, "macro F1 %.3f, lowest topic F1 %.3f%n", o.macroF1(), o.minF1()));
        return sb.toString();
    }

    /** A markdown row: method, F1 per topic, pooled F1, macro F1, cross-language recall. */
    static String markdownRow(Outcome o, String cost) {
        List<String> cells = new ArrayList<>();
        cells.add(o.method());
        o.perTopic().values().forEach(s -> cells.add(String.format(Locale.ROOT, "%.2f", s.f1())));
        cells.add(String.format(Locale.ROOT, "%.3f (P %.2f R %.2f)", o.overall().f1(), o.overall().precision(),
                o.overall().recall()));
        cells.add(String.format(Locale.ROOT, "%.3f", o.macroF1()));
        cells.add(String.format(Locale.ROOT, "%.2f", o.overall().crossLanguageRecall()));
        cells.add(cost);
        return "| " + String.join(" | ", cells) + " |";
    }

    private static String row(String topic, PairwiseScore s) {
        return String.format(Locale.ROOT, "%-20s %6.3f %6.3f %6.3f %8.3f%n", topic, s.precision(), s.recall(), s.f1(),
                s.crossLanguageRecall());
    }
}
