package io.trendreports.themes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The similarity a section needs to join a theme in one topic. Topics differ in how alike their
 * sections are anyway: reports a language model wrote on AI share "models", "applications",
 * "industries" in every section, hand-written ones on forex much less. Two sections of one report
 * are about different trends, so their similarities show what "unrelated" looks like in this
 * topic, without any labels: the threshold is {@link ThemeSettings#relativeThreshold()} times the
 * 90th percentile of those similarities, and never below {@link ThemeSettings#threshold()}.
 */
final class TopicThreshold {

    static final double QUANTILE = 0.9;
    /** Fewer same-report pairs than this say too little; the absolute threshold applies alone. */
    static final int MIN_PAIRS = 20;

    private TopicThreshold() {
    }

    static double of(List<ThemeSection> sections, SectionVectors vectors, ThemeSettings settings) {
        if (settings.relativeThreshold() <= 0) {
            return settings.threshold();
        }
        Map<String, List<Integer>> byReport = new LinkedHashMap<>();
        for (int i = 0; i < sections.size(); i++) {
            byReport.computeIfAbsent(sections.get(i).reportId(), r -> new ArrayList<>()).add(i);
        }
        List<Double> sims = new ArrayList<>();
        for (List<Integer> report : byReport.values()) {
            for (int a = 0; a < report.size(); a++) {
                for (int b = a + 1; b < report.size(); b++) {
                    sims.add(vectors.get(report.get(a)).dot(vectors.get(report.get(b))));
                }
            }
        }
        if (sims.size() < MIN_PAIRS) {
            return settings.threshold();
        }
        sims.sort(null);
        double q = sims.get((int) Math.min(sims.size() - 1, Math.floor(QUANTILE * sims.size())));
        return Math.max(settings.threshold(), settings.relativeThreshold() * q);
    }
}
