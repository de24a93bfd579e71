package io.trendreports.model;

import java.util.List;

/**
 * One normalized section: the unit that is stored and that every writer renders.
 * Field order follows the {@code sections.csv} contract.
 */
public record TrendRecord(String reportId, String reportTitle, String period, String language,
                          String sourceFile, String sourceSha256, int sectionNo, String sectionTitle,
                          String themeId, String themeLabel, double themeScore, String summary,
                          List<String> keyTerms, List<String> entities, List<String> sectors,
                          int wordCount, int sentenceCount, double sharePct) {
    public TrendRecord {
        keyTerms = List.copyOf(keyTerms);
        entities = List.copyOf(entities);
        sectors = List.copyOf(sectors);
    }
}
