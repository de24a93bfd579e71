package io.trendreports.source;

import java.util.List;

import io.trendreports.model.SourceReport;

/**
 * A parsed report, what the parser noticed but could work around (a broken front matter block,
 * for instance), and how it read the structure ("10 sections at H3 under an H2 title"), to be
 * logged and listed in the manifest.
 */
public record ParsedReport(SourceReport report, List<String> warnings, String structure) {
    public ParsedReport {
        warnings = List.copyOf(warnings);
    }
}
