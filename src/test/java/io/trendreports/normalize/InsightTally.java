package io.trendreports.normalize;

import java.util.Locale;

/** Counts behind the content measures, summed over sections (micro-averaged). */
final class InsightTally {

    int sections;
    int summaryLeads;
    int summaryIncludes;
    int termsShown;
    int termsRight;
    int entitiesFound;
    int entitiesFoundRight;
    int entitiesLabelled;
    int entitiesLabelledFound;
    int metricsFound;
    int metricsFoundRight;
    int metricsLabelled;
    int metricsLabelledFound;

    double summaryTop1() {
        return ratio(summaryLeads, sections);
    }

    double summaryIncluded() {
        return ratio(summaryIncludes, sections);
    }

    double keyPhrasePrecisionAt5() {
        return ratio(termsRight, termsShown);
    }

    double entityPrecision() {
        return ratio(entitiesFoundRight, entitiesFound);
    }

    double entityRecall() {
        return ratio(entitiesLabelledFound, entitiesLabelled);
    }

    double metricPrecision() {
        return ratio(metricsFoundRight, metricsFound);
    }

    double metricRecall() {
        return ratio(metricsLabelledFound, metricsLabelled);
    }

    double[] measures() {
        return new double[] {summaryTop1(), summaryIncluded(), keyPhrasePrecisionAt5(), entityPrecision(),
                entityRecall(), metricPrecision(), metricRecall()};
    }

    static final String[] NAMES = {"summary top-1 (leads with the pick)", "summary includes the pick",
        "key phrases precision at 5", "entities precision", "entities recall", "metrics precision",
        "metrics recall"};

    String counts() {
        return String.format(Locale.ROOT, "%d sections, %d terms shown, %d/%d entities found/labelled, "
                + "%d/%d metrics found/labelled", sections, termsShown, entitiesFound, entitiesLabelled,
                metricsFound, metricsLabelled);
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 0 : (double) a / b;
    }
}
