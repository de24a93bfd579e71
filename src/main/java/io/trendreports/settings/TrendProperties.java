package io.trendreports.settings;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;

import io.trendreports.pdf.PdfSettings;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code trend.*} settings of {@code config/application.yml}. Each setting either shapes the
 * outputs, and is then part of {@link ConfigFingerprint} with nothing more to do, or is marked
 * {@link OutputNeutral} with the reason.
 *
 * @param author       the author written into PDF and workbook document properties
 * @param maxFileBytes source files larger than this are rejected unread
 * @param maxFileTime  a file taking longer than this to parse and normalize is rejected
 * @param keepRuns     published runs kept; older ones are deleted after a new run is published
 * @param shutdownGrace how long SIGTERM waits for the run to stop at a safe point
 * @param writerThreads how many writer steps run at once
 * @param ingestThreads files parsed and normalized at once; 0 = one per processor
 * @param notifications e-mail and webhook after each published or failed run
 * @param portal       what the outputs need to know of the download portal
 */
@ConfigurationProperties("trend")
public record TrendProperties(
        @OutputNeutral("the input files' names and contents are fingerprinted on their own") Path input,
        @OutputNeutral("each output folder has its own runs; the folder is a job parameter of its own") Path output,
        @OutputNeutral("the knowledge files it holds are fingerprinted by content") Path configDir,
        @OutputNeutral("decides when the schedule fires, not what a run writes") ZoneId timeZone,
        String author,
        Long maxFileBytes,
        Duration maxFileTime,
        @OutputNeutral("which runs are kept, not what a run writes") Integer keepRuns,
        @OutputNeutral("how long a stop waits") Duration shutdownGrace,
        @OutputNeutral("speed only") Integer writerThreads,
        Boolean formulaGuard,
        Pdf pdf,
        Csv csv,
        Normalize normalize,
        @OutputNeutral("when runs start, not what they write") Schedule schedule,
        @OutputNeutral("speed only") Integer ingestThreads,
        History history,
        @OutputNeutral("who is told that a run ended, not what it wrote") NotificationSettings notifications,
        Portal portal) {

    public TrendProperties {
        input = (input == null ? Path.of("input") : input).toAbsolutePath().normalize();
        output = (output == null ? Path.of("output") : output).toAbsolutePath().normalize();
        configDir = configDir == null ? Path.of("config") : configDir;
        timeZone = timeZone == null ? ZoneId.of("UTC") : timeZone;
        author = author == null ? "trend-reports" : author;
        maxFileBytes = maxFileBytes == null ? 20L * 1024 * 1024 : maxFileBytes;
        maxFileTime = maxFileTime == null ? Duration.ofSeconds(60) : maxFileTime;
        keepRuns = keepRuns == null ? 30 : keepRuns;
        shutdownGrace = shutdownGrace == null ? Duration.ofSeconds(60) : shutdownGrace;
        writerThreads = writerThreads == null ? 3 : writerThreads;
        ingestThreads = ingestThreads == null ? 0 : ingestThreads;
        schedule = schedule == null ? new Schedule(null, null) : schedule;
        formulaGuard = formulaGuard == null || formulaGuard;
        pdf = pdf == null ? new Pdf(null, null, null, null) : pdf;
        csv = csv == null ? new Csv(null) : csv;
        normalize = normalize == null ? new Normalize(null, null, null, null) : normalize;
        history = history == null ? new History(null, null, null) : history;
        notifications = notifications == null ? new NotificationSettings(null, null) : notifications;
        portal = portal == null ? new Portal(null) : portal;
    }

    /** The settings of an empty {@code application.yml}. */
    public static TrendProperties defaults() {
        return new TrendProperties(null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null);
    }

    /** Ingest threads with 0 resolved to the number of processors. */
    public int effectiveIngestThreads() {
        return ingestThreads > 0 ? ingestThreads : Runtime.getRuntime().availableProcessors();
    }

    /**
     * @param fallbackFonts TrueType files tried after the bundled DejaVu Sans and before the bundled CJK font
     * @param threads       briefs written at once; 0 = one per processor
     * @param digestReports the most reports the digest lists and compares one by one, the newest; 0 = all
     */
    public record Pdf(String pageSize, List<Path> fallbackFonts, @OutputNeutral("speed only") Integer threads,
                      Integer digestReports) {
        public Pdf {
            pageSize = pageSize == null ? "A4" : pageSize;
            fallbackFonts = fallbackFonts == null ? List.of() : List.copyOf(fallbackFonts);
            threads = threads == null ? 0 : threads;
            digestReports = digestReports == null ? PdfSettings.DEFAULT_DIGEST_REPORTS : digestReports;
        }
    }

    /**
     * The {@code trend.portal.*} settings that shape outputs; the portal's own (users, thumbnails)
     * are bound by the portal. Written into the workbook's links, so part of the fingerprint.
     *
     * @param baseUrl where the portal is reached ({@code https://reports.example.com}); empty when
     *                there is none, and the workbook then links to the briefs in its run folder only
     */
    public record Portal(String baseUrl) {
        public Portal {
            baseUrl = baseUrl == null ? "" : baseUrl.strip();
        }
    }

    public record Csv(Boolean byteOrderMark) {
        public Csv {
            byteOrderMark = byteOrderMark != null && byteOrderMark;
        }
    }

    public record Normalize(Double minThemeScore, Double headingWeight, Integer summaryMaxSentences,
                            Integer keyTerms) {
    }

    /**
     * Earlier editions kept for their topic's history after their file has left the input folder
     * (a report.md overwritten each night, or replaced by a newer dated file).
     *
     * @param editions the most editions of one topic a run holds, the newest; 0 keeps none
     * @param maxAge   editions first read longer ago than this are no longer kept; 0 for no limit
     * @param forget   report ids, file names or SHA-256 prefixes of editions never to keep again
     */
    public record History(Integer editions, Duration maxAge, List<String> forget) {
        public History {
            editions = editions == null ? 12 : editions;
            maxAge = maxAge == null ? Duration.ZERO : maxAge;
            forget = forget == null ? List.of() : List.copyOf(forget);
        }
    }

    /**
     * @param cron    Spring cron expression (second minute hour day month weekday)
     * @param maxRuns stop after this many runs; 0 runs forever (useful for smoke tests)
     */
    public record Schedule(String cron, Integer maxRuns) {
        public Schedule {
            cron = cron == null ? "0 0 2 * * *" : cron;
            maxRuns = maxRuns == null ? 0 : maxRuns;
        }
    }
}
