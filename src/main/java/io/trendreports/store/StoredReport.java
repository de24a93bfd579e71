package io.trendreports.store;

/** Where a processed report's rows are stored: the run and the report id within it. */
public record StoredReport(String runId, String reportId) {
}
