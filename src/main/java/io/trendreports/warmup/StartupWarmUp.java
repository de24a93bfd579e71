package io.trendreports.warmup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.trendreports.job.Outputs;
import io.trendreports.model.InMemoryRunSnapshot;
import io.trendreports.model.OutputWriter;
import io.trendreports.model.TrendRecord;
import io.trendreports.model.WrittenOutput;
import io.trendreports.normalize.KnowledgeBase;
import io.trendreports.normalize.NormalizerSettings;
import io.trendreports.normalize.ReportNormalizer;
import io.trendreports.publish.PublishedRuns;
import io.trendreports.settings.TrendProperties;
import io.trendreports.source.LoadedFile;
import io.trendreports.source.MarkdownReportParser;

/**
 * Runs the pipeline once on {@link WarmUpReports} with the bundled knowledge base and default
 * settings, on a daemon thread, while Spring starts on the main thread. Spring's start is mostly
 * single-threaded, so on a two-core machine this work is nearly free, and the real run then finds
 * the classes of the normalizer, PDFBox, POI and XMLBeans loaded, the bundled PDF fonts parsed
 * (they are cached per JVM) and some of the hot code compiled.
 *
 * <p>It changes nothing the run produces: it uses its own parser, normalizer and writers (the
 * job's list of outputs, {@link Outputs}, with default settings), writes
 * to a temporary folder it deletes, and never touches the input or output folders or the
 * database. It is a daemon thread: a run that ends first (nothing to do, a bad folder) stops it
 * between two steps and waits at most {@link #STOP_WAIT} for it to remove its folder. Any failure
 * is logged at debug level and ignored: the real run will meet and report the same problem.
 */
public final class StartupWarmUp {

    private static final Logger log = LoggerFactory.getLogger(StartupWarmUp.class);
    static final Duration STOP_WAIT = Duration.ofSeconds(1);

    private StartupWarmUp() {
    }

    /**
     * Starts the warm-up thread and returns at once, unless the run will most likely find nothing
     * to do ({@link NothingToDoHint}): then the other core is better left to the start itself.
     */
    public static void startUnlessUpToDate(boolean force, Path inputDir, Path outputDir) {
        if (!force && NothingToDoHint.likely(inputDir, outputDir)) {
            log.debug("no warm-up: inputs older than the latest run");
            return;
        }
        start();
    }

    /** Whether the run will most likely find its inputs unchanged since the latest published run ({@link NothingToDoHint}). */
    public static boolean nothingToDoLikely(Path inputDir, Path outputDir) {
        return NothingToDoHint.likely(inputDir, outputDir);
    }

    /** Starts the warm-up thread and returns at once. */
    static void start() {
        Thread thread = new Thread(StartupWarmUp::runQuietly, "warm-up");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(thread), "warm-up-stop"));
    }

    /** At exit: the temporary folder must not outlive the process. */
    private static void stop(Thread warmUp) {
        warmUp.interrupt();
        try {
            warmUp.join(STOP_WAIT.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static void runQuietly() {
        long start = System.nanoTime();
        try {
            run(Path.of(System.getProperty("java.io.tmpdir")));
            log.debug("warm-up done in {} ms", (System.nanoTime() - start) / 1_000_000);
        } catch (Throwable e) { // NOPMD: whatever happens here, the real run decides
            log.debug("warm-up stopped: {}", e.toString(), e);
        }
    }

    /**
     * The whole warm-up, on the calling thread, in a scratch folder under {@code tempDir} that is
     * removed afterwards.
     *
     * @return what the writers wrote before it was removed
     */
    static List<WrittenOutput> run(Path tempDir) throws Exception {
        // the order of the run itself: the normalizer is needed first, the writers a little later
        KnowledgeBase knowledge = KnowledgeBase.load(null);
        ReportNormalizer normalizer = new ReportNormalizer(knowledge, NormalizerSettings.defaults());
        MarkdownReportParser parser = new MarkdownReportParser();
        List<TrendRecord> records = new ArrayList<>();
        for (LoadedFile file : WarmUpReports.files()) {
            stopIfInterrupted();
            String reportId = file.fileName().replace(".md", "");
            records.addAll(normalizer.normalize(parser.parse(file, reportId).report()));
        }
        InMemoryRunSnapshot snapshot = new InMemoryRunSnapshot(knowledge.taxonomy().themes(), records);
        removeLeftovers(tempDir);
        Path scratch = Files.createTempDirectory(tempDir, SCRATCH_PREFIX + ProcessHandle.current().pid() + "-");
        List<WrittenOutput> written = new ArrayList<>();
        try {
            for (OutputWriter writer : Outputs.writers(TrendProperties.defaults())) {
                stopIfInterrupted();
                Path dir = Files.createDirectory(scratch.resolve(writer.name()));
                written.addAll(writer.write(snapshot, dir));
            }
            return written;
        } finally {
            deleteQuietly(scratch);
        }
    }

    private static final String SCRATCH_PREFIX = "trend-reports-warm-up-";

    /**
     * Removes the scratch folders of warm-ups whose process is gone: one killed (SIGKILL, power
     * loss) cannot clean up after itself.
     */
    static void removeLeftovers(Path tempDir) {
        try (Stream<Path> folders = Files.list(tempDir)) {
            folders.filter(f -> f.getFileName().toString().startsWith(SCRATCH_PREFIX))
                    .filter(f -> ownerIsGone(f.getFileName().toString().substring(SCRATCH_PREFIX.length())))
                    .forEach(StartupWarmUp::deleteQuietly);
        } catch (IOException e) {
            log.debug("warm-up leftovers in {} not checked: {}", tempDir, e.toString());
        }
    }

    private static boolean ownerIsGone(String pidAndSuffix) {
        int dash = pidAndSuffix.indexOf('-');
        try {
            long pid = Long.parseLong(dash < 0 ? pidAndSuffix : pidAndSuffix.substring(0, dash));
            return ProcessHandle.of(pid).isEmpty();
        } catch (NumberFormatException e) {
            return false; // not one of ours
        }
    }

    private static void stopIfInterrupted() throws InterruptedException {
        if (Thread.interrupted()) {
            throw new InterruptedException("the run has ended");
        }
    }

    private static void deleteQuietly(Path dir) {
        try {
            PublishedRuns.deleteTree(dir);
        } catch (IOException e) {
            log.debug("warm-up scratch folder {} not removed: {}", dir, e.toString());
        }
    }
}
