package io.trendreports.model;

/**
 * A processed report as the writers see it: identity, provenance and size.
 *
 * @param edition    1-based position of the report when all reports of the run are ordered by period
 * @param topic      the id of the report's topic; empty for a report read before topics existed
 * @param topicLabel the topic as people read it
 * @param remembered an earlier edition kept for its topic's history, its file gone from the input folder
 */
public record ReportInfo(String reportId, String title, String period, String language,
                         String sourceFile, String sourceSha256, int sections, int words, int edition,
                         String topic, String topicLabel, boolean remembered) {

    public ReportInfo {
        topic = topic == null ? "" : topic;
        topicLabel = topicLabel == null || topicLabel.isEmpty() ? topic : topicLabel;
    }

    /** A report of no particular topic: editions are then told apart by title. */
    public ReportInfo(String reportId, String title, String period, String language, String sourceFile,
                      String sourceSha256, int sections, int words, int edition) {
        this(reportId, title, period, language, sourceFile, sourceSha256, sections, words, edition, "", "", false);
    }

    /** A report read from the input folder. */
    public ReportInfo(String reportId, String title, String period, String language, String sourceFile,
                      String sourceSha256, int sections, int words, int edition, String topic, String topicLabel) {
        this(reportId, title, period, language, sourceFile, sourceSha256, sections, words, edition, topic, topicLabel,
                false);
    }
}
