package io.trendreports.job;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.item.ItemProcessor;

import io.trendreports.model.InputFile;
import io.trendreports.model.TrendRecord;
import io.trendreports.normalize.ReportNormalizer;
import io.trendreports.source.InputDigests;
import io.trendreports.source.LoadedFile;
import io.trendreports.source.MarkdownReportParser;
import io.trendreports.source.ParsedReport;
import io.trendreports.source.RejectedInputException;
import io.trendreports.source.ReportFileLoader;
import io.trendreports.store.RecordStore;
import io.trendreports.store.StoredReport;

/**
 * Loads, parses and normalizes one file. A file whose content was already processed under the
 * same configuration is not parsed again: its stored records are reused. Any failure, and any
 * file taking longer than the configured time, becomes a rejection with a specific reason, so one
 * bad file never stops the run.
 */
public class ReportIngestProcessor implements ItemProcessor<ReportFile, IngestResult> {

    private static final Logger log = LoggerFactory.getLogger(ReportIngestProcessor.class);

    private final ReportFileLoader loader;
    private final MarkdownReportParser parser;
    private final ReportNormalizer normalizer;
    private final RecordStore store;
    private final String configFingerprint;
    private final Duration maxFileTime;
    private final FileTimeLimiter limiter;

    public ReportIngestProcessor(ReportFileLoader loader, MarkdownReportParser parser, ReportNormalizer normalizer,
                                 RecordStore store, String configFingerprint, Duration maxFileTime,
                                 FileTimeLimiter limiter) {
        this.loader = loader;
        this.parser = parser;
        this.normalizer = normalizer;
        this.store = store;
        this.configFingerprint = configFingerprint;
        this.maxFileTime = maxFileTime;
        this.limiter = limiter;
    }

    @Override
    public IngestResult process(ReportFile file) {
        String name = file.path().getFileName().toString();
        // the run's fingerprint has just hashed every input: a file processed before under the same
        // settings is reused without being read again (the same bytes passed the same checks then)
        String known = hashOf(file);
        if (!known.isEmpty()) {
            Optional<StoredReport> stored = store.findReusable(known, configFingerprint);
            if (stored.isPresent()) {
                return IngestResult.reused(name, known, stored.get(), file.reportId());
            }
        }
        LoadedFile loaded;
        try {
            loaded = loader.load(file.path());
        } catch (RejectedInputException e) {
            return reject(name, hashOf(file), e.reason());
        } catch (IOException e) {
            return reject(name, hashOf(file), "cannot read file: " + e.getMessage());
        }
        if (!loaded.sha256().equals(known)) {
            // changed since the fingerprint was taken: what was read is what counts
            Optional<StoredReport> stored = store.findReusable(loaded.sha256(), configFingerprint);
            if (stored.isPresent()) {
                return IngestResult.reused(name, loaded.sha256(), stored.get(), file.reportId());
            }
        }
        try {
            return limiter.call(() -> parseAndNormalize(loaded, file.reportId()), maxFileTime);
        } catch (TimeoutException e) {
            return reject(name, loaded.sha256(), "processing took longer than " + maxFileTime.toSeconds()
                    + "s (limit trend.max-file-time)");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RejectedInputException rejected) {
                return reject(name, loaded.sha256(), rejected.reason());
            }
            log.warn("unexpected failure on {}", name, cause);
            return reject(name, loaded.sha256(), UnexpectedFailure.reason(cause));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while processing " + name, e);
        }
    }

    private IngestResult parseAndNormalize(LoadedFile loaded, String reportId) throws RejectedInputException {
        ParsedReport parsed = parser.parse(loaded, reportId);
        List<TrendRecord> records = normalizer.normalize(parsed.report());
        parsed.warnings().forEach(w -> log.warn("{}: {}", loaded.fileName(), w));
        return IngestResult.processed(parsed.report(), records, parsed.warnings(), parsed.structure());
    }

    private IngestResult reject(String name, String sha256, String reason) {
        log.warn("rejected {}: {}", name, reason);
        return IngestResult.rejected(InputFile.rejected(name, sha256, reason));
    }

    private static String hashOf(ReportFile file) {
        try {
            return InputDigests.of(file.path());
        } catch (IOException e) {
            return "";
        }
    }
}
