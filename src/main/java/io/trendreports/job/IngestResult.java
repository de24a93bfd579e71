package io.trendreports.job;

import java.util.List;

import io.trendreports.model.InputFile;
import io.trendreports.model.SourceReport;
import io.trendreports.model.TrendRecord;
import io.trendreports.store.StoredReport;

/**
 * What ingesting one file produced: a report with its records, stored records of identical
 * content that can be reused, or a rejection.
 */
public record IngestResult(InputFile input, SourceReport report, List<TrendRecord> records, List<String> warnings,
                           StoredReport reusable, String reportId) {

    public static IngestResult processed(SourceReport report, List<TrendRecord> records, List<String> warnings,
                                         String structure) {
        return new IngestResult(InputFile.processed(report.sourceFile(), report.sourceSha256(), records.size(),
                structure), report, List.copyOf(records), List.copyOf(warnings), null, report.reportId());
    }

    public static IngestResult reused(String fileName, String sha256, StoredReport stored, String reportId) {
        return new IngestResult(InputFile.processed(fileName, sha256, 0), null, List.of(), List.of(), stored, reportId);
    }

    public static IngestResult rejected(InputFile input) {
        return new IngestResult(input, null, List.of(), List.of(), null, null);
    }

    public boolean isRejected() {
        return input.isRejected();
    }

    public boolean isReused() {
        return reusable != null;
    }
}
