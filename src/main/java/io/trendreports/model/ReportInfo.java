package io.trendreports.model;

/**
 * A processed report as the writers see it: identity, provenance and size.
 *
 * @param edition 1-based position of the report when all reports of the run are ordered by period
 */
public record ReportInfo(String reportId, String title, String period, String language,
                         String sourceFile, String sourceSha256, int sections, int words, int edition) {
}
