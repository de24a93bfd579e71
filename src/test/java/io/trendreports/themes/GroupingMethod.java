package io.trendreports.themes;

import java.util.List;
import java.util.Map;

/** A way of grouping the sections of one topic, as compared in {@code docs/theme-discovery.md}. */
interface GroupingMethod {

    String name();

    /** @return section id to group id, for every section given */
    Map<String, String> group(List<ThemeSection> sections);
}
