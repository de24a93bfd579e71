package io.trendreports.job;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.item.ItemProcessor;

import io.trendreports.model.InputFile;
import io.trendreports.model.TrendRecord;
import io.trendreports.normalize.ReportNormalizer;
import io.trendreports.source.LoadedFile;
import io.trendreports.source.MarkdownReportParser;
import io.trendreports.source.ParsedReport;
import io.trendreports.source.RejectedInputException;
import io.trendreports.source.ReportFileLoader;
import io.trendreports.source.Sha256;

/**
 * Loads, parses and normalizes one file. Any failure becomes a rejection with a specific reason
 * so that one bad file never stops the run.
 */
public class ReportIngestProcessor implements ItemProcessor<ReportFile, IngestResult> {

    private static final Logger log = LoggerFactory.getLogger(ReportIngestProcessor.class);

    private final ReportFileLoader loader;
    private final MarkdownReportParser parser;
    private final ReportNormalizer normalizer;

    public ReportIngestProcessor(ReportFileLoader loader, MarkdownReportParser parser, ReportNormalizer normalizer) {
        this.loader = loader;
        this.parser = parser;
        this.normalizer = normalizer;
    }

    @Override
    public IngestResult process(ReportFile file) {
        String name = file.path().getFileName().toString();
        LoadedFile loaded = null;
        try {
            loaded = loader.load(file.path());
            ParsedReport parsed = parser.parse(loaded, file.reportId());
            List<TrendRecord> records = normalizer.normalize(parsed.report());
            parsed.warnings().forEach(w -> log.warn("{}: {}", name, w));
            return IngestResult.processed(parsed.report(), records, parsed.warnings());
        } catch (RejectedInputException e) {
            return reject(name, loaded, file, e.reason());
        } catch (IOException e) {
            return reject(name, loaded, file, "cannot read file: " + e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            log.debug("unexpected failure on {}", name, e);
            return reject(name, loaded, file, "could not be processed: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        }
    }

    private IngestResult reject(String name, LoadedFile loaded, ReportFile file, String reason) {
        log.warn("rejected {}: {}", name, reason);
        return IngestResult.rejected(InputFile.rejected(name, loaded != null ? loaded.sha256() : hashOf(file), reason));
    }

    private static String hashOf(ReportFile file) {
        try {
            return Sha256.hex(Files.readAllBytes(file.path()));
        } catch (IOException | OutOfMemoryError e) {
            return "";
        }
    }
}
