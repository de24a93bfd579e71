package io.trendreports.portal;

import java.util.List;

/** One row of a run's {@code sections.csv}, as far as search needs it. */
public record SectionRow(String reportId, String reportTitle, String period, String sectionNo, String sectionTitle,
                  String themeId, String themeLabel, List<String> entities) {
}
