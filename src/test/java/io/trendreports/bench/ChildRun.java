package io.trendreports.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One launch of the packaged jar as a child process, measured from outside: wall time from
 * process start to exit (JVM start included), peak resident memory (the kernel's high-water mark
 * {@code VmHWM}, polled until exit), processor time (user + system, polled likewise: on a shared
 * machine it varies less than wall time), peak Java heap (from the child's GC log) and, when
 * probed, its live data ({@link LiveHeapProbe}; -1 when not probed).
 */
public record ChildRun(int exitCode, long wallMs, long cpuMs, long peakRssKb, long peakHeapMb, long heapAfterGcMb,
                       long liveHeapMb, Optional<RunSummaryLine> summary, Path log) {

    // "... Pause Young (Normal) (G1 Evacuation Pause) 112M->34M(256M) 12.345ms"
    private static final Pattern GC_SIZES = Pattern.compile("(\\d+)M->(\\d+)M\\(\\d+M\\)");

    /**
     * @param command the process to start (see {@link Launcher})
     * @param gcLog   the file the command's {@code -Xlog:gc:file=} option writes, or null
     */
    public static ChildRun launch(ProcessBuilder command, Path log, Path gcLog) throws IOException, InterruptedException {
        return launch(command, log, gcLog, null);
    }

    /** @param probeEvery how often to measure the child's live data, or null not to (and not to slow it down) */
    public static ChildRun launch(ProcessBuilder command, Path log, Path gcLog, Duration probeEvery)
            throws IOException, InterruptedException {
        Files.deleteIfExists(log);
        long start = System.nanoTime();
        Process process = command.redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(log.toFile())).start();
        Path status = Path.of("/proc", Long.toString(process.pid()), "status");
        long peakRss = 0;
        long cpuMs = 0;
        LiveHeapProbe probe = probeEvery == null ? null : LiveHeapProbe.start(process.pid(), probeEvery);
        while (!process.waitFor(25, TimeUnit.MILLISECONDS)) {
            peakRss = Math.max(peakRss, highWaterMarkKb(status));
            cpuMs = Math.max(cpuMs, process.info().totalCpuDuration().map(d -> d.toMillis()).orElse(0L));
        }
        long wallMs = (System.nanoTime() - start) / 1_000_000;
        long liveHeapMb = -1;
        if (probe != null) {
            probe.close();
            liveHeapMb = probe.peakMb();
        }
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        long[] heap = gcLog == null ? new long[2] : peakHeap(gcLog);
        return new ChildRun(process.exitValue(), wallMs, cpuMs, peakRss, heap[0], heap[1], liveHeapMb,
                RunSummaryLine.lastIn(lines), log);
    }

    /** The process's peak resident set so far, or 0 once it has gone (or off Linux). */
    static long highWaterMarkKb(Path procStatus) {
        try {
            for (String line : Files.readAllLines(procStatus, StandardCharsets.US_ASCII)) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            // the process ended between two polls: its last reading stands
        }
        return 0;
    }

    /** Largest heap in use before any collection, and largest left after one (an upper bound of the live data). */
    static long[] peakHeap(Path gcLog) throws IOException {
        long before = 0;
        long after = 0;
        if (Files.exists(gcLog)) {
            for (String line : Files.readAllLines(gcLog, StandardCharsets.UTF_8)) {
                Matcher m = GC_SIZES.matcher(line);
                if (m.find()) {
                    before = Math.max(before, Long.parseLong(m.group(1)));
                    after = Math.max(after, Long.parseLong(m.group(2)));
                }
            }
        }
        return new long[] {before, after};
    }

    public boolean succeeded() {
        return exitCode == 0 && summary.map(s -> "COMPLETED".equals(s.status())).orElse(true);
    }

    /** The command's own words, for a failure message. */
    public String tail() throws IOException {
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 15), lines.size()));
    }
}
