package io.trendreports.samples;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import io.trendreports.model.InMemoryRunSnapshot;
import io.trendreports.model.InputFile;
import io.trendreports.model.RunInfo;
import io.trendreports.model.TrendRecord;
import io.trendreports.normalize.KnowledgeBase;
import io.trendreports.normalize.NormalizerSettings;
import io.trendreports.normalize.ReportNormalizer;
import io.trendreports.source.LoadedFile;
import io.trendreports.source.MarkdownReportParser;
import io.trendreports.source.ParsedReport;
import io.trendreports.source.RejectedInputException;
import io.trendreports.source.ReportFileLoader;

/**
 * The run a user gets from a folder of reports, read and normalized as the job does it with the
 * shipped configuration, held in memory for writer tests: {@code input/} (the two shipped reports
 * on AI LLMs), or any other folder such as a multi-topic corpus.
 */
public final class ShippedSamples {

    public static final RunInfo RUN = new RunInfo("20261201-090000-5a3b1e00", Instant.parse("2026-12-01T09:00:00Z"));

    private ShippedSamples() {
    }

    /** The two reports of {@code input/}. */
    public static InMemoryRunSnapshot shipped() {
        return of(Path.of("input"));
    }

    public static InMemoryRunSnapshot of(Path folder) {
        KnowledgeBase knowledge = KnowledgeBase.load(Path.of("config"));
        ReportNormalizer normalizer = new ReportNormalizer(knowledge, NormalizerSettings.defaults());
        MarkdownReportParser parser = new MarkdownReportParser();
        ReportFileLoader loader = new ReportFileLoader(20L * 1024 * 1024);
        List<TrendRecord> records = new ArrayList<>();
        List<InputFile> inputs = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
                LoadedFile loaded = loader.load(file);
                String id = file.getFileName().toString().replaceFirst("\\.md$", "");
                ParsedReport parsed = parser.parse(loaded, id);
                List<TrendRecord> normalized = normalizer.normalize(parsed.report());
                records.addAll(normalized);
                inputs.add(InputFile.processed(loaded.fileName(), loaded.sha256(), normalized.size()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RejectedInputException e) {
            throw new IllegalStateException("a sample report was rejected: " + e.reason(), e);
        }
        return new InMemoryRunSnapshot(RUN, knowledge.taxonomies().themes(), records, inputs);
    }
}
