package io.trendreports.themes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.trendreports.normalize.TextAnalysis;

class TopicThresholdTest {

    private final ThemeSettings settings = ThemeSettings.DEFAULTS;
    private final SectionFeatures features = new SectionFeatures(new TextAnalysis(), settings);

    private double threshold(List<ThemeSection> sections) {
        return TopicThreshold.of(sections, SectionVectors.build(sections.stream().map(features::count).toList(), settings), settings);
    }

    @Test
    void fewSameReportPairsLeaveTheAbsoluteThreshold() {
        assertThat(threshold(ThemeTestData.sections("forex", "tendances-marche-des-changes").subList(0, 3)))
                .isEqualTo(settings.threshold());
    }

    @Test
    void reportsWhoseSectionsAreAlikeRaiseIt() {
        List<ThemeSection> distinct = ThemeTestData.sections("forex", "fx-market-outlook-2025", "currency-markets-briefing");
        // the same sections, each also carrying a paragraph the whole report shares
        List<ThemeSection> alike = new ArrayList<>();
        for (ThemeSection s : distinct) {
            alike.add(new ThemeSection(s.id(), s.reportId(), s.title(), s.text() + "\n\nThe " + s.reportId()
                    + " desk tracks spreads, liquidity, volatility and hedging costs for corporate treasurers every week.",
                    s.language(), s.terms()));
        }
        double before = threshold(distinct);
        assertThat(before).isGreaterThanOrEqualTo(settings.threshold());
        assertThat(threshold(alike)).isGreaterThan(before);
    }

    @Test
    void switchedOffItIsTheAbsoluteThreshold() {
        ThemeSettings off = settings.withRelativeThreshold(0);
        List<ThemeSection> s = ThemeTestData.sections("forex", "fx-market-outlook-2025", "currency-markets-briefing");
        assertThat(TopicThreshold.of(s, SectionVectors.build(s.stream().map(features::count).toList(), off), off))
                .isEqualTo(off.threshold());
    }
}
