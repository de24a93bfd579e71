package io.trendreports.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.trendreports.publish.PublishedRuns;

/**
 * Runs the real packaged jar on generated corpora and on the sample reports, as a scheduler would
 * start it ({@code java -jar}, or the start script with {@code --launcher=script}), and prints per size the median wall time (JVM start included), time per step, records
 * per second and peak memory, and the time of a rerun with nothing changed.
 *
 * <p>Test code, not in the jar it measures. Usage: {@code mvn -Pbenchmark verify -DskipTests}, or
 * with the jar built, {@code mvn exec:exec -Dexec.executable=java -Dexec.classpathScope=test
 * -Dexec.args="-cp %classpath io.trendreports.bench.Benchmark [options]"} (see
 * {@link BenchmarkOptions} and docs/benchmark.md).
 */
public final class Benchmark {

    private final BenchmarkOptions options;
    private final Launcher launcher;

    Benchmark(BenchmarkOptions options) {
        this.options = options;
        this.launcher = new Launcher(options.launcher(), options.script(),
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), options.javaOpts(), options.jar());
    }

    public static void main(String[] args) throws Exception {
        BenchmarkOptions options;
        try {
            options = BenchmarkOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        if (!Files.isRegularFile(options.jar())) {
            System.err.println("jar not found: " + options.jar() + " (build it with mvn package -DskipTests)");
            System.exit(2);
        }
        if (options.launcher() == Launcher.Kind.SCRIPT && !Files.isExecutable(options.script())) {
            System.err.println("start script not found or not executable: " + options.script());
            System.exit(2);
        }
        List<BenchmarkResult> results = new Benchmark(options).measureAll();
        String table = BenchmarkResult.table(results);
        System.out.println();
        System.out.print(table);
        Path report = options.work().resolve("results.md");
        Files.writeString(report, table, StandardCharsets.UTF_8);
        System.out.println("(also written to " + report + ")");
        System.exit(results.stream().allMatch(BenchmarkResult::completed) ? 0 : 1);
    }

    List<BenchmarkResult> measureAll() throws IOException, InterruptedException {
        Files.createDirectories(options.work());
        System.out.printf("benchmark: %s, JVM options %s, %d repeat(s), work folder %s%n", launcher,
                options.javaOpts(), options.repeats(), options.work());
        if (options.launcher() == Launcher.Kind.SCRIPT) {
            prepareScript();
        }
        List<BenchmarkResult> results = new ArrayList<>();
        if (options.samples() != null && Files.isDirectory(options.samples())) {
            results.add(measure("samples", options.samples()));
        }
        for (int size : options.sizes()) {
            results.add(measure(Integer.toString(size), corpus(size)));
            for (int workers : options.remoteWorkers()) {
                results.add(measureRemote(size, workers));
            }
        }
        return results;
    }

    /** Remote mode: N worker processes and the manager on this machine, PostgreSQL and RabbitMQ. */
    private BenchmarkResult measureRemote(int size, int workers) throws IOException, InterruptedException {
        String label = size + " remote, " + workers + " worker" + (workers == 1 ? "" : "s");
        Path input = corpus(size);
        Path base = options.work().resolve("run-" + size + "-remote-" + workers);
        RemoteRun remote = new RemoteRun(options, launcher);
        List<ChildRun> full = new ArrayList<>();
        for (int i = 1; i <= options.repeats(); i++) {
            Path output = base.resolve("output-" + i);
            Path logs = base.resolve("logs-" + i);
            PublishedRuns.deleteTree(output);
            Files.createDirectories(output);
            Files.createDirectories(logs);
            ChildRun run = remote.measure(workers, input, output, logs, base.resolve("gc-" + i + ".log"));
            PublishedRuns.deleteTree(output);
            report(label, "remote run " + i, run);
            full.add(run);
            if (!run.succeeded()) {
                System.out.println(run.tail());
                break;
            }
        }
        return BenchmarkResult.of(label, full, List.of());
    }

    private BenchmarkResult measure(String label, Path input) throws IOException, InterruptedException {
        Path base = options.work().resolve("run-" + label);
        List<ChildRun> full = new ArrayList<>();
        Path output = null;
        for (int i = 1; i <= options.repeats(); i++) {
            if (output != null) {
                PublishedRuns.deleteTree(output); // keep the disk from filling with 10,000-brief runs
            }
            output = base.resolve("output-" + i);
            PublishedRuns.deleteTree(output);
            Files.createDirectories(output);
            ChildRun run = runJar(input, output, base.resolve("full-" + i + ".log"), base.resolve("gc-" + i + ".log"));
            report(label, "full run " + i, run);
            full.add(run);
            if (!run.succeeded()) {
                System.out.println(run.tail());
                return BenchmarkResult.of(label, full, List.of());
            }
        }
        List<ChildRun> unchanged = new ArrayList<>();
        for (int i = 1; i <= options.repeats(); i++) {
            ChildRun run = runJar(input, output, base.resolve("rerun-" + i + ".log"), null, null);
            report(label, "unchanged rerun " + i, run);
            unchanged.add(run);
        }
        BenchmarkResult result = BenchmarkResult.of(label, full, unchanged);
        if (options.liveHeapEvery() == null) {
            return result;
        }
        PublishedRuns.deleteTree(output);
        output = base.resolve("output-probed");
        PublishedRuns.deleteTree(output);
        Files.createDirectories(output);
        ChildRun probed = runJar(input, output, base.resolve("probed.log"), null, options.liveHeapEvery());
        PublishedRuns.deleteTree(output);
        System.out.printf("  %-8s %-18s exit %d, live heap %d MB (full collection every %s; not timed)%n", label,
                "probed run", probed.exitCode(), probed.liveHeapMb(), options.liveHeapEvery().toString().substring(2)
                        .toLowerCase(Locale.ROOT));
        return result.withLiveHeap(probed.succeeded() ? probed.liveHeapMb() : -1);
    }

    private ChildRun runJar(Path input, Path output, Path log, Path gcLog) throws IOException, InterruptedException {
        return runJar(input, output, log, gcLog, null);
    }

    private ChildRun runJar(Path input, Path output, Path log, Path gcLog, Duration probeEvery)
            throws IOException, InterruptedException {
        Files.createDirectories(log.getParent());
        if (gcLog != null) {
            Files.deleteIfExists(gcLog);
        }
        return ChildRun.launch(launcher.process(gcLog, "run", "--input=" + input, "--output=" + output), log, gcLog,
                probeEvery);
    }

    /**
     * The script unpacks the jar and records its class data archive on first use: done here, once,
     * so the measured runs are the later starts a scheduler sees.
     */
    private void prepareScript() throws IOException, InterruptedException {
        Path log = options.work().resolve("script-first-start.log");
        ChildRun first = ChildRun.launch(launcher.process(null, "--help"), log, null);
        if (first.exitCode() != 0) {
            throw new IOException("the start script failed on first use: " + first.tail());
        }
        System.out.printf("  start script ready (first use, class data archive recorded if missing: %.1f s)%n",
                first.wallMs() / 1000.0);
    }

    private static void report(String label, String what, ChildRun run) {
        System.out.printf("  %-8s %-18s exit %d, %6.2f s (cpu %.1f s), peak RSS %4d MB%s%n", label, what,
                run.exitCode(), run.wallMs() / 1000.0, run.cpuMs() / 1000.0, run.peakRssKb() / 1024,
                run.summary().map(s -> ", " + s.records() + " records, steps " + s.stepMs()).orElse(""));
    }

    /** A generated corpus of this size, made once per seed and reused by later invocations. */
    private Path corpus(int size) throws IOException {
        Path dir = options.work().resolve("corpus-" + size + "-seed" + options.seed());
        Path done = options.work().resolve("corpus-" + size + "-seed" + options.seed() + ".done");
        if (!Files.exists(done)) {
            PublishedRuns.deleteTree(dir);
            long start = System.nanoTime();
            CorpusGenerator.generate(dir, size, options.seed());
            Files.writeString(done, "");
            System.out.printf("  generated %d reports in %s (%.1f s)%n", size, dir, (System.nanoTime() - start) / 1e9);
        }
        return dir;
    }
}
