package io.trendreports.themes;

import java.util.List;
import java.util.Map;

import io.trendreports.normalize.TextAnalysis;

/**
 * Variants of the default method with parts taken away, to show what each part brings: Lucene
 * stems alone (plain TF-IDF over the project's analyzers with average linkage), and the default
 * without the rule that two sections of one report never share a theme.
 */
final class TfIdfBaseline implements GroupingMethod {

    private final String name;
    private final ThemeDiscovery discovery;
    private final boolean sameReportMayShare;

    TfIdfBaseline(String name, ThemeSettings settings, boolean sameReportMayShare) {
        this.name = name;
        this.discovery = new ThemeDiscovery(new TextAnalysis(), settings);
        this.sameReportMayShare = sameReportMayShare;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Map<String, String> group(List<ThemeSection> sections) {
        List<ThemeSection> input = sameReportMayShare
                ? sections.stream().map(s -> new ThemeSection(s.id(), s.id(), s.title(), s.text(), s.language(), s.terms())).toList()
                : sections;
        return new DiscoveryMethod(name, discovery, false).group(input);
    }
}
