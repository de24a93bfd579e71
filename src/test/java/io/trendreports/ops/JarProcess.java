package io.trendreports.ops;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The packaged jar running as a child process, as a scheduler would start it. */
final class JarProcess implements AutoCloseable {

    private final Process process;
    private final Path log;

    private JarProcess(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    static Path jar() {
        Path jar = Path.of(System.getProperty("trend.jar", "target/trend-reports.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("packaged jar not found at " + jar + "; run `mvn verify`");
        }
        return jar;
    }

    static JarProcess start(Path log, String... args) throws IOException {
        return start(jar(), List.of(), log, args);
    }

    /** {@code jar} started with {@code jvmArgs} besides the heap limit every test run gets. */
    static JarProcess start(Path jar, List<String> jvmArgs, Path log, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m"));
        command.addAll(jvmArgs);
        command.add("-jar");
        command.add(jar.toString());
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        return new JarProcess(p, log);
    }

    boolean isRunning() {
        return process.isAlive();
    }

    /** Runs to the end and returns the exit code. */
    static int run(Path log, String... args) throws Exception {
        try (JarProcess p = start(log, args)) {
            return p.waitFor(Duration.ofMinutes(3));
        }
    }

    int waitFor(Duration timeout) throws InterruptedException, IOException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("process did not finish within " + timeout + "; log:\n" + logText());
        }
        return process.exitValue();
    }

    /** Waits until the log contains {@code text}; false if the process ended first or time ran out. */
    boolean awaitLog(String text, Duration timeout) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (logText().contains(text)) {
                return true;
            }
            if (!process.isAlive()) {
                return logText().contains(text);
            }
            Thread.sleep(20);
        }
        return false;
    }

    void kill() throws InterruptedException {
        process.destroyForcibly(); // SIGKILL on Linux
        process.waitFor();
    }

    void terminate() {
        process.destroy(); // SIGTERM on Linux
    }

    long pid() {
        return process.pid();
    }

    /** The processes this one started and that still run. */
    List<ProcessHandle> children() {
        return process.children().toList();
    }

    String logText() throws IOException {
        return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroyForcibly();
        }
    }
}
