package io.trendreports.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.trendreports.TrendReportsApplication;
import io.trendreports.cli.ExitCodes;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What operators and probes read says what happened: {@code status} and {@code history} create
 * nothing and fail on a wrong folder, an empty input folder is said, a run has one start and one
 * duration wherever it is shown, and the run-summary line carries every step's counts.
 */
class HonestSignalsFunctionalTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneOffset.UTC);

    @TempDir
    Path tmp;

    /** What a command printed on standard output (the log included) and its exit code. */
    private record Said(int exit, String out) {
    }

    private static Said capture(Callable<Integer> command) throws Exception {
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream original = System.out;
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        int exit;
        try {
            exit = command.call();
        } finally {
            System.setOut(original);
        }
        return new Said(exit, captured.toString(StandardCharsets.UTF_8));
    }

    private static Said execute(String... args) throws Exception {
        return capture(() -> TrendReportsApplication.execute(args));
    }

    private Path shippedInput() throws Exception {
        Path input = Files.createDirectories(tmp.resolve("input"));
        for (String name : List.of("ai-llm-trends-2024.md", "ai-llm-trends-2023-illustrative.md")) {
            Files.copy(Path.of("input", name), input.resolve(name));
        }
        return input;
    }

    @Test
    void statusAndHistoryOfAMissingOutputFolderFailAndCreateNothing() throws Exception {
        Path missing = tmp.resolve("no-such-folder");

        assertThat(execute("status", "--output=" + missing).exit()).isEqualTo(ExitCodes.NO_OUTPUT_FOLDER);
        assertThat(execute("history", "--output=" + missing).exit()).isEqualTo(ExitCodes.NO_OUTPUT_FOLDER);

        assertThat(missing).doesNotExist();
    }

    @Test
    void statusOfAFolderWithoutRunsHasItsOwnCodeAndNothingIsCreated() throws Exception {
        Path empty = Files.createDirectories(tmp.resolve("fresh-output"));

        Said status = execute("status", "--output=" + empty);
        Said history = execute("history", "--output=" + empty);

        assertThat(status.exit()).isEqualTo(ExitCodes.NO_FINISHED_RUN);
        assertThat(status.out()).contains("no runs yet");
        assertThat(history.exit()).isEqualTo(ExitCodes.OK);
        assertThat(history.out()).contains("no runs yet");
        assertThat(empty).isEmptyDirectory();
    }

    @Test
    void anEmptyInputFolderIsAWarningInTheLogAndTheManifestAndHasItsExitCode() throws Exception {
        Path input = Files.createDirectories(tmp.resolve("empty-input"));
        Path output = tmp.resolve("output");

        Said run = execute("run", "--input=" + input, "--output=" + output);

        assertThat(run.exit()).isEqualTo(ExitCodes.EMPTY_INPUT);
        assertThat(run.out()).containsPattern("WARN .*input folder " + Pattern.quote(input.toString())
                + " holds no source reports");
        JsonNode manifest = JSON.readTree(output.resolve("latest/manifest.json").toFile());
        assertThat(manifest.get("warnings")).hasSize(1);
        assertThat(manifest.get("warnings").get(0).asString()).contains(input.toString())
                .contains("holds no source reports");

        Said status = execute("status", "--output=" + output);
        assertThat(status.exit()).isEqualTo(ExitCodes.OK);
        assertThat(status.out()).contains("0 processed, 0 rejected (the input folder was empty)");
    }

    @Test
    void aRunHasOneStartAndOneDurationInTheLogTheManifestHistoryAndStatus() throws Exception {
        Path input = shippedInput();
        Path output = tmp.resolve("output");

        Said run = execute("run", "--input=" + input, "--output=" + output);

        assertThat(run.exit()).isEqualTo(ExitCodes.OK);
        Matcher logged = Pattern.compile("run (\\S+) COMPLETED in (\\S+):").matcher(run.out());
        assertThat(logged.find()).as("the final log line in:%n%s", run.out()).isTrue();
        String runId = logged.group(1);
        String loggedDuration = logged.group(2);

        JsonNode manifest = JSON.readTree(output.resolve("latest/manifest.json").toFile());
        Instant started = Instant.parse(manifest.get("startedAt").asString());
        Instant finished = Instant.parse(manifest.get("finishedAt").asString());
        assertThat(Durations.format(Duration.between(started, finished))).isEqualTo(loggedDuration);
        assertThat(runId).as("a new run's id holds its start").startsWith(
                DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC).format(started));

        String historyRow = execute("history", "--output=" + output).out().lines()
                .filter(l -> l.startsWith(runId)).findFirst().orElseThrow();
        assertThat(historyRow).contains(TIME.format(started)).contains(" " + loggedDuration + " ");

        assertThat(execute("status", "--output=" + output).out())
                .contains("started " + TIME.format(started) + " UTC, took " + loggedDuration + ",");
    }

    @Test
    void theRunSummaryLineGivesTheCountsOfEveryStep() throws Exception {
        Path input = shippedInput();
        Path output = tmp.resolve("output");

        Said run = execute("run", "--input=" + input, "--output=" + output);

        assertThat(run.exit()).isEqualTo(ExitCodes.OK);
        String line = run.out().lines().filter(l -> l.contains("{\"event\":\"run-summary\"")).findFirst().orElseThrow();
        JsonNode steps = JSON.readTree(line.substring(line.indexOf('{'))).get("steps");
        assertThat(steps.get("ingest").get("read").asLong()).isEqualTo(2);
        assertThat(steps.get("ingest").get("processed").asLong()).isEqualTo(2);
        assertThat(steps.get("ingest").get("records").asLong()).isEqualTo(17);
        assertThat(steps.get("briefs").get("files").asLong()).isEqualTo(2);
        assertThat(steps.get("briefs").get("records").asLong()).isEqualTo(17);
        assertThat(steps.get("pdf").get("files").asLong()).isEqualTo(1);
        assertThat(steps.get("xlsx").get("files").asLong()).isEqualTo(1);
        assertThat(steps.get("csv").get("files").asLong()).isEqualTo(3);
        JsonNode manifest = JSON.readTree(output.resolve("latest/manifest.json").toFile());
        assertThat(steps.get("publish").get("files").asLong()).isEqualTo(manifest.get("outputs").size() + 1L);
        assertThat(line).doesNotContain("\"read\":0").doesNotContain("\"written\":0");
    }

    @Test
    void statusTellsARunInProgressFromOneWhoseProcessWasKilled() throws Exception {
        Path input = shippedInput();
        Path output = tmp.resolve("output");
        assertThat(execute("run", "--input=" + input, "--output=" + output).exit()).isEqualTo(ExitCodes.OK);
        // what a SIGKILL during the only run leaves: its execution still marked as running
        try (Connection db = DriverManager.getConnection("jdbc:h2:file:" + output.resolve(".state/trend-reports"),
                "sa", ""); Statement sql = db.createStatement()) {
            sql.executeUpdate("UPDATE BATCH_JOB_EXECUTION SET STATUS = 'STARTED', END_TIME = NULL");
        }

        Said killed = execute("status", "--output=" + output);
        assertThat(killed.exit()).isEqualTo(ExitCodes.FAILED);
        assertThat(killed.out()).contains("interrupted").contains("the next run resumes it");

        // a live process named in the run lock: the run is going, and none has finished before it
        Files.writeString(output.resolve(".state/run.lock"), ProcessHandle.current().pid() + "\n");
        Said going = execute("status", "--output=" + output);
        assertThat(going.exit()).isEqualTo(ExitCodes.NO_FINISHED_RUN);
        assertThat(going.out()).contains("in progress").contains("no run has finished yet");
    }

    @Test
    void aMissingInputFolderIsRefusedBeforeAnythingStartsOrIsCreated() throws Exception {
        Path output = tmp.resolve("out");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream original = System.err;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        int exit;
        try {
            exit = TrendReportsApplication.execute("run", "--input=" + tmp.resolve("nope"), "--output=" + output);
        } finally {
            System.setErr(original);
        }
        assertThat(exit).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8).strip())
                .isEqualTo("trend-reports: input folder not found: " + tmp.resolve("nope") + " (see --help)");
        assertThat(output).as("no output folder, no database: the context never started").doesNotExist();
    }

    @Test
    void aKnowledgeFileThatCannotBeReadIsRefusedBeforeTheContextStarts() throws Exception {
        Path input = shippedInput();
        Path config = Files.createDirectories(tmp.resolve("config"));
        Path unreadable = Path.of("/proc/self/mem"); // a regular file that no one, root included, can read whole
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isRegularFile(unreadable), "needs Linux /proc");
        Files.createSymbolicLink(config.resolve("taxonomy.yml"), unreadable);
        Path output = tmp.resolve("out");
        List<String> args = new ArrayList<>(List.of("run", "--input=" + input, "--output=" + output,
                "--trend.config-dir=" + config));
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream original = System.err;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        int exit;
        try {
            exit = TrendReportsApplication.execute(args.toArray(String[]::new));
        } finally {
            System.setErr(original);
        }
        assertThat(exit).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("configuration file " + config.resolve("taxonomy.yml"))
                .contains("cannot be read").doesNotContain("\tat ");
        assertThat(output).doesNotExist();
    }

    @Test
    void aConfigurationFileThatIsMissingOrNotYamlIsAUsageErrorOfOneLine() throws Exception {
        Path input = shippedInput();
        Path output = tmp.resolve("out");
        Path missing = tmp.resolve("users.yml");
        Path broken = Files.writeString(tmp.resolve("broken.yml"), "trend:\n  author: [unclosed\n");

        for (Path file : List.of(missing, broken)) {
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            PrintStream original = System.err;
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            Said said;
            try {
                said = execute("run", "--input=" + input, "--output=" + output,
                        "--spring.config.additional-location=file:" + file);
            } finally {
                System.setErr(original);
            }
            assertThat(said.exit()).isEqualTo(ExitCodes.USAGE);
            String error = err.toString(StandardCharsets.UTF_8).strip();
            assertThat(error).startsWith("trend-reports: configuration file").contains(file.toString())
                    .doesNotContain("\tat ").hasLineCount(1);
            assertThat(said.out()).doesNotContain("APPLICATION FAILED TO START").doesNotContain("\tat ");
        }
        assertThat(output).doesNotExist();
    }
}
