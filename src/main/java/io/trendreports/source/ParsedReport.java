package io.trendreports.source;

import java.util.List;

import io.trendreports.model.SourceReport;

/**
 * A parsed report and what the parser noticed but could work around (a broken front matter
 * block, for instance), to be logged and listed in the manifest.
 */
public record ParsedReport(SourceReport report, List<String> warnings) {
    public ParsedReport {
        warnings = List.copyOf(warnings);
    }
}
