package io.trendreports.model;

import java.util.List;

/**
 * One normalized section: the unit that is stored and that every writer renders.
 * Field order follows the {@code sections.csv} contract.
 *
 * @param topic       the id of the report's topic ({@code ai-llms}); editions are compared per topic
 * @param topicLabel  the topic as people read it ("AI LLMs")
 * @param themeSource where the theme comes from: {@link #FROM_TAXONOMY} or {@link #DISCOVERED}
 */
public record TrendRecord(String reportId, String reportTitle, String period, String language,
                          String sourceFile, String sourceSha256, int sectionNo, String sectionTitle,
                          String themeId, String themeLabel, double themeScore, String summary,
                          List<String> keyTerms, List<String> entities, List<String> sectors,
                          int wordCount, int sentenceCount, double sharePct, String topic, String topicLabel,
                          String themeSource) {

    public static final String FROM_TAXONOMY = "taxonomy";
    public static final String DISCOVERED = "discovered";

    public TrendRecord {
        keyTerms = List.copyOf(keyTerms);
        entities = List.copyOf(entities);
        sectors = List.copyOf(sectors);
        topic = topic == null ? "" : topic;
        topicLabel = topicLabel == null ? "" : topicLabel;
        themeSource = themeSource == null || themeSource.isEmpty() ? FROM_TAXONOMY : themeSource;
    }

    /** A record of no particular topic, its theme from a taxonomy. */
    public TrendRecord(String reportId, String reportTitle, String period, String language,
                       String sourceFile, String sourceSha256, int sectionNo, String sectionTitle,
                       String themeId, String themeLabel, double themeScore, String summary,
                       List<String> keyTerms, List<String> entities, List<String> sectors,
                       int wordCount, int sentenceCount, double sharePct) {
        this(reportId, reportTitle, period, language, sourceFile, sourceSha256, sectionNo, sectionTitle, themeId,
                themeLabel, themeScore, summary, keyTerms, entities, sectors, wordCount, sentenceCount, sharePct,
                "", "", FROM_TAXONOMY);
    }

    /** The same record with another theme, as theme discovery assigns it. */
    public TrendRecord withTheme(String id, String label, double score, String source) {
        return new TrendRecord(reportId, reportTitle, period, language, sourceFile, sourceSha256, sectionNo,
                sectionTitle, id, label, score, summary, keyTerms, entities, sectors, wordCount, sentenceCount,
                sharePct, topic, topicLabel, source);
    }
}
