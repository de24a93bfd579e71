package io.trendreports.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.trendreports.bench.CorpusGenerator;
import io.trendreports.cli.ExitCodes;

/**
 * Faults injected into the real jar running as a child process, as a scheduler runs it: SIGKILL
 * at several points, SIGTERM, a second copy started by mistake, a full disk. After each, the next
 * morning must be fine: the run completes, its outputs equal an uninterrupted run's, and nothing
 * partial was ever published.
 */
class ProcessFaultIT {

    private static final int REPORTS = 120;

    @TempDir
    static Path shared;

    static Path corpus;
    static Map<String, String> uninterrupted;

    @BeforeAll
    static void uninterruptedRun() throws Exception {
        corpus = shared.resolve("corpus");
        CorpusGenerator.generate(corpus, REPORTS, 7);
        Path output = shared.resolve("baseline");
        int exit = JarProcess.run(shared.resolve("baseline.log"), "run", "--input=" + corpus, "--output=" + output);
        assertThat(exit).as("baseline run").isEqualTo(ExitCodes.OK);
        uninterrupted = RunOutputs.read(output.resolve("latest").toRealPath());
    }

    @Test
    void runsKilledAtSeveralPointsResumeAndEqualAnUninterruptedRun(@TempDir Path tmp) throws Exception {
        Path output = tmp.resolve("output");
        Path log = tmp.resolve("run.log");
        // the briefs step is the longest writer: the other writers have mostly ended when it does
        List<String> killPoints = List.of("INFO  run ", "step ingest: COMPLETED", "step csv: COMPLETED",
                "step briefs: COMPLETED");
        int killed = 0;
        StringBuilder logs = new StringBuilder();
        for (String point : killPoints) {
            Files.deleteIfExists(log);
            try (JarProcess p = JarProcess.start(log, "run", "--input=" + corpus, "--output=" + output)) {
                if (p.awaitLog(point, Duration.ofMinutes(2)) && !p.logText().contains("published to")) {
                    if (point.equals("INFO  run ")) {
                        Thread.sleep(800); // into the ingest step
                    }
                    p.kill();
                    killed++;
                } else {
                    p.waitFor(Duration.ofMinutes(2));
                }
                logs.append("-- kill point '").append(point).append("':\n").append(p.logText());
            }
            assertNothingPartialIsPublished(output);
        }
        assertThat(killed).as("kills that hit a running job; logs:%n%s", logs).isGreaterThanOrEqualTo(2);

        Files.deleteIfExists(log);
        assertThat(JarProcess.run(log, "run", "--input=" + corpus, "--output=" + output)).isEqualTo(ExitCodes.OK);
        String text = Files.readString(log);
        assertThat(text).satisfiesAnyOf(t -> assertThat(t).contains("resuming run"),
                t -> assertThat(t).contains("nothing to do"));

        Path runDir = output.resolve("latest").toRealPath();
        assertThat(RunOutputs.read(runDir)).isEqualTo(uninterrupted);
        try (Stream<Path> runs = Files.list(output.resolve("runs"))) {
            assertThat(runs).as("one run for one change").hasSize(1);
        }
        assertThat(output.resolve(".work")).satisfiesAnyOf(p -> assertThat(p).doesNotExist(),
                p -> assertThat(p).isEmptyDirectory());
    }

    @Test
    void sigtermStopsTheRunAndTheNextRunResumesIt(@TempDir Path tmp) throws Exception {
        Path output = tmp.resolve("output");
        Path log = tmp.resolve("run.log");
        try (JarProcess p = JarProcess.start(log, "run", "--input=" + corpus, "--output=" + output)) {
            assertThat(p.awaitLog("INFO  run ", Duration.ofMinutes(2))).isTrue();
            Thread.sleep(800);
            p.terminate();
            p.waitFor(Duration.ofMinutes(2));
        }
        String stopped = Files.readString(log);
        assertThat(stopped).contains("termination requested: stopping run");
        assertThat(output.resolve("latest")).doesNotExist();

        Path statusLog = tmp.resolve("status.log");
        assertThat(JarProcess.run(statusLog, "status", "--output=" + output)).isEqualTo(ExitCodes.FAILED);
        assertThat(Files.readString(statusLog)).contains("STOPPED");

        Path resumeLog = tmp.resolve("resume.log");
        int resumed = JarProcess.run(resumeLog, "run", "--input=" + corpus, "--output=" + output);
        assertThat(resumed).as("resume exit code; stopped run log:%n%s%nresume log:%n%s", stopped,
                Files.readString(resumeLog)).isEqualTo(ExitCodes.OK);
        assertThat(Files.readString(resumeLog)).contains("resuming run").contains("(STOPPED");
        assertThat(RunOutputs.read(output.resolve("latest").toRealPath())).isEqualTo(uninterrupted);
    }

    @Test
    void aSecondRunWhileOneIsRunningExitsAtOnceAndHarmsNothing(@TempDir Path tmp) throws Exception {
        Path output = tmp.resolve("output");
        // the first run must outlast the second copy's start: a larger corpus, one thread per step
        Path large = tmp.resolve("large");
        CorpusGenerator.generate(large, 5 * REPORTS, 7);
        try (JarProcess first = JarProcess.start(tmp.resolve("first.log"), "run", "--input=" + large,
                "--output=" + output, "--trend.ingest-threads=1", "--trend.pdf.threads=1", "--trend.writer-threads=1")) {
            assertThat(first.awaitLog("INFO  run ", Duration.ofMinutes(2))).isTrue();
            Path secondLog = tmp.resolve("second.log");
            int second = JarProcess.run(secondLog, "run", "--input=" + large, "--output=" + output);
            assertThat(first.isRunning()).as("the first run was still running when the second copy ended").isTrue();
            assertThat(second).isEqualTo(ExitCodes.ALREADY_RUNNING);
            assertThat(Files.readString(secondLog)).contains("in progress").doesNotContain("\tat ");
            assertThat(first.waitFor(Duration.ofMinutes(5))).isEqualTo(ExitCodes.OK);
        }
        Map<String, String> published = RunOutputs.read(output.resolve("latest").toRealPath());
        assertThat(published.keySet().stream().filter(f -> f.startsWith("briefs/"))).hasSize(5 * REPORTS);
        assertThat(published.get("manifest.json")).contains("\"processed\":" + 5 * REPORTS);
    }

    @Test
    void aFullDiskFailsTheRunAndLatestStaysAsItWas(@TempDir Path tmp) throws Exception {
        Path mount = Files.createDirectories(tmp.resolve("small-disk"));
        Process mounted = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=600k", "tmpfs", mount.toString())
                .redirectErrorStream(true).start();
        assumeTrue(mounted.waitFor() == 0, "cannot mount a small tmpfs here (needs root); skipping the full-disk test");
        try {
            Path output = mount.resolve("output");
            Path small = Files.createDirectories(tmp.resolve("small-input"));
            Files.copy(Path.of("input/ai-llm-trends-2024.md"), small.resolve("ai-llm-trends-2024.md"));
            String db = "--spring.datasource.url=jdbc:h2:file:" + tmp.resolve("db/trend") + ";DB_CLOSE_ON_EXIT=FALSE";
            assertThat(JarProcess.run(tmp.resolve("first.log"), "run", "--input=" + small, "--output=" + output, db))
                    .isEqualTo(ExitCodes.OK);
            Path before = output.resolve("latest").toRealPath();

            Path log = tmp.resolve("full.log");
            int exit = JarProcess.run(log, "run", "--input=" + corpus, "--output=" + output, db);

            assertThat(exit).isEqualTo(ExitCodes.FAILED);
            assertThat(Files.readString(log)).contains("No space left on device").contains("latest was not changed");
            assertThat(output.resolve("latest").toRealPath()).isEqualTo(before);
            try (Stream<Path> runs = Files.list(output.resolve("runs"))) {
                assertThat(runs).hasSize(1);
            }
        } finally {
            new ProcessBuilder("umount", mount.toString()).start().waitFor();
        }
    }

    @Test
    void withPostgresAKilledRunResumesAndASecondMachineIsRefused(@TempDir Path tmp) throws Exception {
        try (PostgresSchema db = PostgresSchema.createOrSkip()) {
            // a corpus big enough, processed on one thread, that the resumed run is surely still going
            // when the second machine's JVM has started
            Path big = tmp.resolve("big-corpus");
            CorpusGenerator.generate(big, 400, 11);
            String[] slow = {"--trend.ingest-threads=1", "--trend.pdf.threads=1", "--trend.writer-threads=1"};
            Path output = tmp.resolve("machine-a");
            try (JarProcess p = JarProcess.start(tmp.resolve("killed.log"), args("run", "--input=" + big,
                    "--output=" + output, db.urlArg(), db.userArg(), "--spring.datasource.password=", slow))) {
                assertThat(p.awaitLog("INFO  run ", Duration.ofMinutes(2))).isTrue();
                Thread.sleep(500); // into the ingest step
                p.kill();
            }
            try (JarProcess first = JarProcess.start(tmp.resolve("resume.log"), args("run", "--input=" + big,
                    "--output=" + output, db.urlArg(), db.userArg(), "--spring.datasource.password=", slow))) {
                assertThat(first.awaitLog("resuming run", Duration.ofMinutes(2))).isTrue();
                // another machine: its own output folder, the same database
                Path otherLog = tmp.resolve("other-machine.log");
                int other = JarProcess.run(otherLog, "run", "--input=" + big, "--output=" + tmp.resolve("machine-b"),
                        db.urlArg(), db.userArg(), "--spring.datasource.password=");
                assertThat(first.logText()).as("the resumed run was still going").doesNotContain("published to");
                assertThat(other).isEqualTo(ExitCodes.ALREADY_RUNNING);
                assertThat(Files.readString(otherLog)).contains("another run is in progress");
                assertThat(first.waitFor(Duration.ofMinutes(5))).isEqualTo(ExitCodes.OK);
            }
            Map<String, String> resumed = RunOutputs.read(output.resolve("latest").toRealPath());
            assertThat(resumed.get("sections.csv")).contains("report-00400-");
            assertThat(resumed.keySet()).filteredOn(k -> k.startsWith("briefs/")).hasSize(400);
        }
    }

    private static String[] args(String command, String input, String output, String url, String user,
                                 String password, String... extra) {
        List<String> all = new java.util.ArrayList<>(List.of(command, input, output, url, user, password));
        all.addAll(List.of(extra));
        return all.toArray(String[]::new);
    }

    private static void assertNothingPartialIsPublished(Path output) throws Exception {
        Path runs = output.resolve("runs");
        if (Files.isDirectory(runs)) {
            try (Stream<Path> dirs = Files.list(runs)) {
                for (Path dir : dirs.toList()) {
                    assertThat(dir.resolve("manifest.json")).as("published run %s is complete", dir).exists();
                    assertThat(RunOutputs.read(dir)).isEqualTo(uninterrupted);
                }
            }
        }
        if (Files.exists(output.resolve("latest"))) {
            assertThat(output.resolve("latest/manifest.json")).exists();
        }
    }
}
