package io.trendreports.pdf;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;

import io.trendreports.model.OutputWriter;
import io.trendreports.model.ReportInfo;
import io.trendreports.model.RunSnapshot;
import io.trendreports.model.TrendRecord;
import io.trendreports.model.WrittenOutput;

/**
 * Writes one PDF brief per report ({@code briefs/<reportId>.pdf}) and a digest comparing all
 * reports of the run ({@code digest.pdf}). Briefs are written in parallel, one per thread; the
 * records are read from the snapshot one report at a time by the calling thread, and only a few
 * reports are in flight at once, so memory stays bounded whatever the size of the run.
 */
public final class PdfWriter implements OutputWriter {

    public static final String BRIEF_KIND = "pdf-brief";
    public static final String DIGEST_KIND = "pdf-digest";
    public static final String DIGEST_FILE = "digest.pdf";
    public static final String BRIEFS_DIR = "briefs";

    private final PdfSettings settings;
    /** Parsed on first use and shared by every document and thread (see {@link PdfFonts}). */
    private volatile PdfFonts fonts;

    public PdfWriter(PdfSettings settings) {
        this.settings = settings;
    }

    @Override
    public String name() {
        return "pdf";
    }

    @Override
    public List<WrittenOutput> write(RunSnapshot run, Path runDir) throws IOException {
        PdfFonts chain = fonts();
        Path briefs = Files.createDirectories(runDir.resolve(BRIEFS_DIR));
        BriefRenderer brief = new BriefRenderer(chain, settings);
        int threads = Math.max(1, Math.min(settings.effectiveThreads(), run.reports().size()));
        ExecutorService pool = Executors.newFixedThreadPool(threads, daemonThreads());
        try {
            // the snapshot is read by this thread only; workers get the records of one report
            Semaphore inFlight = new Semaphore(2 * threads);
            List<Future<WrittenOutput>> pending = new ArrayList<>();
            for (ReportInfo report : run.reports()) {
                inFlight.acquire();
                List<TrendRecord> records;
                try {
                    records = run.recordsOf(report.reportId());
                } catch (RuntimeException e) {
                    inFlight.release();
                    throw e;
                }
                String fileName = fileNameOf(report.reportId()) + ".pdf";
                pending.add(pool.submit(() -> {
                    try {
                        Map<String, Long> counters = brief.render(run.run(), report, records,
                                briefs.resolve(fileName));
                        return new WrittenOutput(BRIEFS_DIR + "/" + fileName, BRIEF_KIND, records.size(), counters);
                    } finally {
                        inFlight.release();
                    }
                }));
            }
            Map<String, Long> digestCounters = new DigestRenderer(chain, settings).render(run,
                    runDir.resolve(DIGEST_FILE));
            List<WrittenOutput> outputs = new ArrayList<>();
            for (Future<WrittenOutput> f : pending) {
                outputs.add(f.get());
            }
            outputs.add(new WrittenOutput(DIGEST_FILE, DIGEST_KIND, run.recordCount(), digestCounters));
            return outputs;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while writing PDF briefs");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            throw new IOException("writing a PDF brief failed", cause);
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Writes the briefs of the given reports of the run, one after another on the calling thread:
     * one share of the run's briefs when they are spread over several threads or machines. Each
     * brief is byte for byte the one {@link #write} makes for the same run.
     */
    public List<WrittenOutput> writeBriefs(RunSnapshot run, List<ReportInfo> reports, Path runDir) throws IOException {
        Path briefs = Files.createDirectories(runDir.resolve(BRIEFS_DIR));
        BriefRenderer brief = new BriefRenderer(fonts(), settings);
        List<WrittenOutput> outputs = new ArrayList<>();
        for (ReportInfo report : reports) {
            List<TrendRecord> records = run.recordsOf(report.reportId());
            String fileName = fileNameOf(report.reportId()) + ".pdf";
            Map<String, Long> counters = brief.render(run.run(), report, records, briefs.resolve(fileName));
            outputs.add(new WrittenOutput(BRIEFS_DIR + "/" + fileName, BRIEF_KIND, records.size(), counters));
        }
        return outputs;
    }

    /** Writes only the digest of the run, as {@link #write} does besides the briefs. */
    public WrittenOutput writeDigest(RunSnapshot run, Path runDir) throws IOException {
        Files.createDirectories(runDir);
        Map<String, Long> counters = new DigestRenderer(fonts(), settings).render(run, runDir.resolve(DIGEST_FILE));
        return new WrittenOutput(DIGEST_FILE, DIGEST_KIND, run.recordCount(), counters);
    }

    private PdfFonts fonts() {
        PdfFonts loaded = fonts;
        if (loaded == null) {
            synchronized (this) {
                loaded = fonts;
                if (loaded == null) {
                    try {
                        loaded = PdfFonts.load(settings.fallbackFonts());
                    } catch (UncheckedIOException e) {
                        throw new IllegalStateException("PDF fonts cannot be loaded: " + e.getMessage(), e);
                    }
                    fonts = loaded;
                }
            }
        }
        return loaded;
    }

    private static java.util.concurrent.ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread t = new Thread(task, "pdf-brief-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    /** Report ids are slugs already; this only guards the file system against a bad one. */
    static String fileNameOf(String reportId) {
        String safe = reportId == null ? "" : reportId.replaceAll("[^A-Za-z0-9._-]", "-");
        safe = safe.replaceAll("^[.-]+", "");
        return safe.isEmpty() ? "report" : safe;
    }
}
