package io.trendreports.model;

import java.util.List;

/**
 * One normalized section: the unit that is stored and that every writer renders.
 * Field order follows the {@code sections.csv} contract.
 *
 * @param topic       the id of the report's topic ({@code ai-llms}); editions are compared per topic
 * @param topicLabel  the topic as people read it ("AI LLMs")
 * @param themeSource where the theme comes from: {@link #FROM_TAXONOMY} or {@link #DISCOVERED}
 * @param metrics     the numbers the section reports, each with its unit and what it measures
 *                    ("$2 billion in funding", "30% of code suggestions", "by 2026"), in text order
 * @param entityKinds parallel to {@code entities}: {@link #ORGANIZATION}, {@link #PERSON},
 *                    {@link #PLACE}, {@link #PRODUCT} or "" when unknown
 */
public record TrendRecord(String reportId, String reportTitle, String period, String language,
                          String sourceFile, String sourceSha256, int sectionNo, String sectionTitle,
                          String themeId, String themeLabel, double themeScore, String summary,
                          List<String> keyTerms, List<String> entities, List<String> sectors,
                          int wordCount, int sentenceCount, double sharePct, String topic, String topicLabel,
                          String themeSource, List<String> metrics, List<String> entityKinds) {

    public static final String FROM_TAXONOMY = "taxonomy";
    public static final String DISCOVERED = "discovered";
    public static final String ORGANIZATION = "organization";
    public static final String PERSON = "person";
    public static final String PLACE = "place";
    /** A model, product, programme or law: a named thing rather than who makes it. */
    public static final String PRODUCT = "product";

    public TrendRecord {
        keyTerms = List.copyOf(keyTerms);
        entities = List.copyOf(entities);
        sectors = List.copyOf(sectors);
        topic = topic == null ? "" : topic;
        topicLabel = topicLabel == null ? "" : topicLabel;
        themeSource = themeSource == null || themeSource.isEmpty() ? FROM_TAXONOMY : themeSource;
        metrics = metrics == null ? List.of() : List.copyOf(metrics);
        entityKinds = parallel(entities, entityKinds);
    }

    /** A record as made before metrics and entity kinds were extracted: it has neither. */
    public TrendRecord(String reportId, String reportTitle, String period, String language,
                       String sourceFile, String sourceSha256, int sectionNo, String sectionTitle,
                       String themeId, String themeLabel, double themeScore, String summary,
                       List<String> keyTerms, List<String> entities, List<String> sectors,
                       int wordCount, int sentenceCount, double sharePct, String topic, String topicLabel,
                       String themeSource) {
        this(reportId, reportTitle, period, language, sourceFile, sourceSha256, sectionNo, sectionTitle, themeId,
                themeLabel, themeScore, summary, keyTerms, entities, sectors, wordCount, sentenceCount, sharePct,
                topic, topicLabel, themeSource, List.of(), List.of());
    }

    /** A record of no particular topic, its theme from a taxonomy. */
    public TrendRecord(String reportId, String reportTitle, String period, String language,
                       String sourceFile, String sourceSha256, int sectionNo, String sectionTitle,
                       String themeId, String themeLabel, double themeScore, String summary,
                       List<String> keyTerms, List<String> entities, List<String> sectors,
                       int wordCount, int sentenceCount, double sharePct) {
        this(reportId, reportTitle, period, language, sourceFile, sourceSha256, sectionNo, sectionTitle, themeId,
                themeLabel, themeScore, summary, keyTerms, entities, sectors, wordCount, sentenceCount, sharePct,
                "", "", FROM_TAXONOMY, List.of(), List.of());
    }

    /** The same record with another theme, as theme discovery assigns it. */
    public TrendRecord withTheme(String id, String label, double score, String source) {
        return new TrendRecord(reportId, reportTitle, period, language, sourceFile, sourceSha256, sectionNo,
                sectionTitle, id, label, score, summary, keyTerms, entities, sectors, wordCount, sentenceCount,
                sharePct, topic, topicLabel, source, metrics, entityKinds);
    }

    /** One kind per entity, "" where none is known, so that writers can zip the two lists. */
    private static List<String> parallel(List<String> entities, List<String> kinds) {
        if (kinds != null && kinds.size() == entities.size()) {
            return kinds.stream().map(k -> k == null ? "" : k).toList();
        }
        java.util.List<String> padded = new java.util.ArrayList<>(entities.size());
        for (int i = 0; i < entities.size(); i++) {
            padded.add(kinds != null && i < kinds.size() && kinds.get(i) != null ? kinds.get(i) : "");
        }
        return List.copyOf(padded);
    }
}
