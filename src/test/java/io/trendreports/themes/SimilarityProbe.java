package io.trendreports.themes;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.trendreports.normalize.TextAnalysis;

/** Prints quantiles of section similarities: same report, same trend, other trend (not a test). */
public final class SimilarityProbe {
    public static void main(String[] args) {
        LabelledSet set = args.length > 0 ? LabelledSet.read(Path.of(args[0]), null) : LabelledSet.bundled();
        SectionFeatures f = new SectionFeatures(new TextAnalysis(), ThemeSettings.DEFAULTS);
        for (Map.Entry<String, List<LabelledSet.LabelledSection>> t : set.topics().entrySet()) {
            List<LabelledSet.LabelledSection> s = t.getValue();
            SectionVectors v = SectionVectors.build(s.stream().map(x -> f.count(x.section())).toList(), ThemeSettings.DEFAULTS);
            List<Double> same = new ArrayList<>(), pos = new ArrayList<>(), neg = new ArrayList<>();
            for (int i = 0; i < s.size(); i++) {
                for (int j = i + 1; j < s.size(); j++) {
                    double d = v.get(i).dot(v.get(j));
                    if (s.get(i).section().reportId().equals(s.get(j).section().reportId())) same.add(d);
                    else if (s.get(i).trend().equals(s.get(j).trend())) pos.add(d);
                    else neg.add(d);
                }
            }
            System.out.printf(Locale.ROOT, "%-18s same-report %s | same-trend %s | other %s%n", t.getKey(), q(same), q(pos), q(neg));
        }
    }

    private static String q(List<Double> x) {
        List<Double> s = new ArrayList<>(x);
        s.sort(null);
        if (s.isEmpty()) return "-";
        java.util.function.DoubleFunction<Double> at = p -> s.get((int) Math.min(s.size() - 1, Math.floor(p * s.size())));
        double mean = s.stream().mapToDouble(d -> d).average().orElse(0);
        return String.format(Locale.ROOT, "n=%d mean %.3f p50 %.3f p90 %.3f p95 %.3f max %.3f", s.size(), mean, at.apply(0.5), at.apply(0.9), at.apply(0.95), s.get(s.size() - 1));
    }
}
