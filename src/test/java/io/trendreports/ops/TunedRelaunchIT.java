package io.trendreports.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.trendreports.bench.CorpusGenerator;
import io.trendreports.cli.ExitCodes;

/**
 * A plain {@code java -jar ... run} continues in a second JVM set up as the start script sets one
 * up (unpacked jar, class data archive, quick compiler), and behaves as one process would.
 */
class TunedRelaunchIT {

    @Test
    void aRunContinuesInATunedJvmThatRecordsThenMapsTheClassArchive(@TempDir Path tmp) throws Exception {
        Path jar = Files.copy(JarProcess.jar(), tmp.resolve("trend-reports.jar"));
        Path input = tmp.resolve("input");
        CorpusGenerator.generate(input, 3, 5);
        Path first = tmp.resolve("first.log");
        try (JarProcess run = JarProcess.start(jar, List.of(), first, "run", "--input=" + input,
                "--output=" + tmp.resolve("output"))) {
            Optional<ProcessHandle> child = awaitChild(run);
            assertThat(child).as("the run's second JVM").isPresent();
            assertThat(child.get().info().arguments().map(List::of).orElse(List.of()))
                    .contains("-XX:TieredStopAtLevel=1", "-Xmx512m")
                    .anyMatch(a -> a.startsWith("-XX:ArchiveClassesAtExit="));
            assertThat(run.waitFor(Duration.ofMinutes(3))).as("log:%n%s", run.logText()).isEqualTo(ExitCodes.OK);
        }
        String firstLog = Files.readString(first);
        assertThat(firstLog).contains("published to").doesNotContain("[warning]");
        Path cache = tmp.resolve("trend-reports-cds");
        assertThat(cache.resolve("app").resolve("trend-reports.jar")).isRegularFile();
        try (Stream<Path> files = Files.list(cache)) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(name -> !name.equals("app")))
                    .as("the recorded archive, and nothing half-written").singleElement()
                    .matches(name -> name.endsWith(".jsa"));
        }

        Path second = tmp.resolve("second.log");
        try (JarProcess run = JarProcess.start(jar, List.of(), second, "run", "--force", "--input=" + input,
                "--output=" + tmp.resolve("output"))) {
            Optional<ProcessHandle> child = awaitChild(run);
            assertThat(child).isPresent();
            assertThat(child.get().info().arguments().map(List::of).orElse(List.of()))
                    .anyMatch(a -> a.startsWith("-XX:SharedArchiveFile=") && a.endsWith(".jsa"));
            assertThat(run.waitFor(Duration.ofMinutes(3))).as("log:%n%s", run.logText()).isEqualTo(ExitCodes.OK);
        }
        assertThat(Files.readString(second)).contains("published to").doesNotContain("[warning]");
    }

    @Test
    void aRunAskedToStayInItsJvmLeavesNoUnpackedCopy(@TempDir Path tmp) throws Exception {
        Path jar = Files.copy(JarProcess.jar(), tmp.resolve("trend-reports.jar"));
        Path input = tmp.resolve("input");
        CorpusGenerator.generate(input, 2, 5);
        Path log = tmp.resolve("run.log");
        try (JarProcess run = JarProcess.start(jar, List.of("-Dtrend.relaunch=false"), log, "run",
                "--input=" + input, "--output=" + tmp.resolve("output"))) {
            assertThat(run.waitFor(Duration.ofMinutes(3))).as("log:%n%s", run.logText()).isEqualTo(ExitCodes.OK);
        }
        assertThat(Files.readString(log)).contains("published to");
        assertThat(tmp.resolve("trend-reports-cds")).doesNotExist();
    }

    @Test
    void killingTheLaunchedProcessEndsTheRunInTheSecondJvm(@TempDir Path tmp) throws Exception {
        Path input = tmp.resolve("input");
        CorpusGenerator.generate(input, 400, 9);
        Path log = tmp.resolve("run.log");
        try (JarProcess run = JarProcess.start(JarProcess.jar(), List.of(), log, "run", "--input=" + input,
                "--output=" + tmp.resolve("output"))) {
            Optional<ProcessHandle> child = awaitChild(run);
            assertThat(child).isPresent();
            assertThat(run.awaitLog("INFO  run ", Duration.ofMinutes(2))).as("log:%n%s", run.logText()).isTrue();
            run.kill();
            assertThat(child.get().onExit().get(10, TimeUnit.SECONDS).isAlive()).isFalse();
        }
        assertThat(tmp.resolve("output").resolve("latest")).doesNotExist();
    }

    private static Optional<ProcessHandle> awaitChild(JarProcess run) throws InterruptedException {
        for (int i = 0; i < 600 && run.isRunning(); i++) {
            Optional<ProcessHandle> java = run.children().stream()
                    .filter(c -> c.info().arguments().map(List::of).orElse(List.of()).contains("-Dtrend.relaunched=true"))
                    .findFirst();
            if (java.isPresent()) {
                return java;
            }
            Thread.sleep(50);
        }
        return Optional.empty();
    }
}
