package io.trendreports.themes;

import java.util.List;
import java.util.Map;

/**
 * Pairwise agreement of a grouping with the labels: over all pairs of sections of one topic, a pair
 * is positive when both carry the same trend and predicted positive when both got the same theme.
 * Pairs of sections in different languages are also counted apart, as that is where lexical
 * methods are weakest.
 */
record PairwiseScore(long truePositives, long falsePositives, long falseNegatives,
                     long crossLanguagePositives, long crossLanguageFound) {

    static final PairwiseScore ZERO = new PairwiseScore(0, 0, 0, 0, 0);

    static PairwiseScore of(List<LabelledSet.LabelledSection> sections, Map<String, String> themeOf) {
        long tp = 0, fp = 0, fn = 0, cross = 0, crossFound = 0;
        for (int i = 0; i < sections.size(); i++) {
            for (int j = i + 1; j < sections.size(); j++) {
                LabelledSet.LabelledSection a = sections.get(i);
                LabelledSet.LabelledSection b = sections.get(j);
                boolean same = a.trend().equals(b.trend());
                String ta = themeOf.get(a.section().id());
                String tb = themeOf.get(b.section().id());
                if (ta == null || tb == null) {
                    throw new IllegalStateException("no theme for " + (ta == null ? a : b).section().id());
                }
                boolean predicted = ta.equals(tb);
                if (same && predicted) {
                    tp++;
                } else if (predicted) {
                    fp++;
                } else if (same) {
                    fn++;
                }
                if (same && !a.section().language().equals(b.section().language())) {
                    cross++;
                    if (predicted) {
                        crossFound++;
                    }
                }
            }
        }
        return new PairwiseScore(tp, fp, fn, cross, crossFound);
    }

    PairwiseScore plus(PairwiseScore o) {
        return new PairwiseScore(truePositives + o.truePositives, falsePositives + o.falsePositives,
                falseNegatives + o.falseNegatives, crossLanguagePositives + o.crossLanguagePositives,
                crossLanguageFound + o.crossLanguageFound);
    }

    double precision() {
        long p = truePositives + falsePositives;
        return p == 0 ? 1 : (double) truePositives / p;
    }

    double recall() {
        long p = truePositives + falseNegatives;
        return p == 0 ? 1 : (double) truePositives / p;
    }

    double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** Share of same-trend pairs in two languages that were grouped. */
    double crossLanguageRecall() {
        return crossLanguagePositives == 0 ? 1 : (double) crossLanguageFound / crossLanguagePositives;
    }
}
