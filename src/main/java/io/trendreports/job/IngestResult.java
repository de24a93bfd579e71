package io.trendreports.job;

import java.util.List;

import io.trendreports.model.InputFile;
import io.trendreports.model.SourceReport;
import io.trendreports.model.TrendRecord;

/** What ingesting one file produced: a report with its records, or a rejection. */
public record IngestResult(InputFile input, SourceReport report, List<TrendRecord> records, List<String> warnings) {

    public static IngestResult processed(SourceReport report, List<TrendRecord> records, List<String> warnings) {
        return new IngestResult(InputFile.processed(report.sourceFile(), report.sourceSha256(), records.size()),
                report, List.copyOf(records), List.copyOf(warnings));
    }

    public static IngestResult rejected(InputFile input) {
        return new IngestResult(input, null, List.of(), List.of());
    }

    public boolean isRejected() {
        return input.isRejected();
    }
}
