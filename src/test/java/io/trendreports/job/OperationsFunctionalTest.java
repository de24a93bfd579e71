package io.trendreports.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.trendreports.TrendReportsApplication;
import io.trendreports.cli.ExitCodes;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Exactly one complete run per change, seen from the command line: unchanged inputs do nothing,
 * changed, added or removed files and changed configuration make a new run, unchanged files are
 * reused, old runs are pruned, hostile files are bounded, and a bad output folder fails clearly.
 */
class OperationsFunctionalTest {

    @TempDir
    Path tmp;

    private Path input;
    private Path output;

    private Path shippedInput() throws Exception {
        input = ShippedRuns.copyShippedReports(tmp.resolve("input"));
        output = tmp.resolve("output");
        return input;
    }

    private int run(String... extra) {
        return ShippedRuns.run(input, output, extra);
    }

    private JsonNode latestManifest() throws Exception {
        return JsonMapper.builder().build().readTree(output.resolve("latest/manifest.json").toFile());
    }

    private List<String> runIds() throws Exception {
        try (Stream<Path> runs = Files.list(output.resolve("runs"))) {
            return runs.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static String captureOut(Callable<Integer> action, int[] exit) throws Exception {
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream original = System.out;
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            exit[0] = action.call();
        } finally {
            System.setOut(original);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }

    @Test
    void changedAddedAndRemovedInputsMakeANewRunAndUnchangedFilesAreReused() throws Exception {
        shippedInput();
        assertThat(run()).isEqualTo(ExitCodes.OK);
        String first = latestManifest().get("runId").asString();

        Files.writeString(input.resolve("ai-llm-trends-2024.md"),
                Files.readString(input.resolve("ai-llm-trends-2024.md")) + "\n## 11. Agents\nAutonomous agents plan"
                        + " and act with tools in real time.\n");
        Thread.sleep(1100);
        assertThat(run()).isEqualTo(ExitCodes.OK);
        JsonNode changed = latestManifest();
        assertThat(changed.get("runId").asString()).isNotEqualTo(first);
        assertThat(input(changed, "ai-llm-trends-2024.md").get("sections").asInt()).isEqualTo(11);
        assertThat(input(changed, "ai-llm-trends-2024.md").has("reusedFrom")).isFalse();
        assertThat(input(changed, "ai-llm-trends-2023-illustrative.md").get("reusedFrom").asString())
                .as("unchanged file's records reused, not parsed again").isEqualTo(first);
        assertThat(input(changed, "ai-llm-trends-2023-illustrative.md").get("sections").asInt()).isEqualTo(7);

        Files.delete(input.resolve("ai-llm-trends-2023-illustrative.md"));
        Thread.sleep(1100);
        assertThat(run()).isEqualTo(ExitCodes.OK);
        JsonNode removed = latestManifest();
        assertThat(removed.get("inputs")).hasSize(1);
        Path runDir = output.resolve("latest").toRealPath();
        assertThat(runDir.resolve("briefs/ai-llm-trends-2023-illustrative.pdf"))
                .as("a removed file's brief stays in the run that wrote it").doesNotExist();
        assertThat(removed.get("history")).as("its edition is kept for the topic's history, as is the 2024"
                        + " file's content before the change").extracting(e -> e.get("file").asString())
                .containsExactlyInAnyOrder("ai-llm-trends-2023-illustrative.md", "ai-llm-trends-2024.md");
        assertThat(Files.readString(runDir.resolve("sections.csv"))).contains("ai-llm-trends-2023-illustrative");
        assertThat(runIds()).hasSize(3);
    }

    @Test
    void aRunKilledBetweenCreatingItsInstanceAndItsExecutionDoesNotBlockTheNextRun() throws Exception {
        shippedInput();
        assertThat(run()).isEqualTo(ExitCodes.OK);
        // what a kill at that moment leaves: the run's job instance, no execution, nothing published
        try (Connection db = DriverManager.getConnection(
                "jdbc:h2:file:" + output.resolve(".state/trend-reports"), "sa", "");
             Statement sql = db.createStatement()) {
            sql.executeUpdate("DELETE FROM BATCH_STEP_EXECUTION_CONTEXT");
            sql.executeUpdate("DELETE FROM BATCH_STEP_EXECUTION");
            sql.executeUpdate("DELETE FROM BATCH_JOB_EXECUTION_CONTEXT");
            sql.executeUpdate("DELETE FROM BATCH_JOB_EXECUTION_PARAMS");
            sql.executeUpdate("DELETE FROM BATCH_JOB_EXECUTION");
        }
        Files.delete(output.resolve("latest"));
        try (Stream<Path> runs = Files.list(output.resolve("runs"))) {
            for (Path run : runs.toList()) {
                try (Stream<Path> files = Files.walk(run)) {
                    files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
                }
            }
        }

        Thread.sleep(1100); // a new second, so a new run id: the killed run never published under its own
        assertThat(run()).as("the same inputs run again instead of failing on the empty instance")
                .isEqualTo(ExitCodes.OK);
        assertThat(latestManifest().get("inputs")).hasSize(2);
    }

    @Test
    void changedConfigurationMakesANewRunAndUnchangedRunsDoNothing() throws Exception {
        shippedInput();
        assertThat(run()).isEqualTo(ExitCodes.OK);
        int[] exit = new int[1];
        String said = captureOut(() -> run(), exit);
        assertThat(exit[0]).isEqualTo(ExitCodes.OK);
        assertThat(said).contains("unchanged").contains("nothing to do");
        assertThat(runIds()).hasSize(1);

        Thread.sleep(1100);
        assertThat(run("--trend.pdf.page-size=LETTER")).isEqualTo(ExitCodes.OK);
        assertThat(runIds()).as("a configuration change is a change").hasSize(2);
    }

    @Test
    void retentionKeepsTheLastRunsAndNeverLatest() throws Exception {
        shippedInput();
        for (int i = 0; i < 3; i++) {
            if (i > 0) {
                Thread.sleep(1100);
            }
            assertThat(run("--force", "--trend.keep-runs=2")).isEqualTo(ExitCodes.OK);
        }
        List<String> kept = runIds();
        assertThat(kept).hasSize(2);
        assertThat(output.resolve("latest").toRealPath().getFileName().toString()).isEqualTo(kept.get(1));
    }

    @Test
    void hostileFilesAreBoundedAndRejectedWithReasonsInsteadOfHangingTheRun() throws Exception {
        input = Files.createDirectories(tmp.resolve("input"));
        output = tmp.resolve("output");
        Files.copy(Path.of("input/ai-llm-trends-2024.md"), input.resolve("good.md"));
        Files.writeString(input.resolve("long-line.md"), "# T\n## 1. A\n" + "word ".repeat(60_000) + "\n");
        Files.writeString(input.resolve("nested-quotes.md"), "# T\n## 1. A\n" + "> ".repeat(5_000) + "deep\n");
        Files.writeString(input.resolve("huge.md"), "# T\n## 1. A\n" + "x".repeat(300_000) + "\n");

        int exit = run("--trend.max-file-bytes=200000", "--trend.max-file-time=PT20S");

        assertThat(exit).isIn(ExitCodes.OK, ExitCodes.COMPLETED_WITH_REJECTIONS);
        JsonNode manifest = latestManifest();
        assertThat(manifest.get("inputs")).hasSize(4);
        assertThat(input(manifest, "good.md").get("status").asString()).isEqualTo("processed");
        assertThat(input(manifest, "huge.md").get("reason").asString())
                .isEqualTo("file too large: 300013 bytes (limit 200000)");
        for (String name : List.of("long-line.md", "nested-quotes.md")) {
            JsonNode in = input(manifest, name);
            assertThat(in.get("status").asString().equals("processed") || in.has("reason"))
                    .as("%s either processed or rejected with a reason", name).isTrue();
        }
    }

    @Test
    void aFileOverTheTimeBoundIsRejectedWithAReason() throws Exception {
        input = Files.createDirectories(tmp.resolve("input"));
        output = tmp.resolve("output");
        Files.copy(Path.of("input/ai-llm-trends-2024.md"), input.resolve("good.md"));
        Files.writeString(input.resolve("slow.md"), "# T\n" + "## Part\nword word word.\n".repeat(20_000));

        int exit = run("--trend.max-file-time=PT0.05S");

        assertThat(exit).isEqualTo(ExitCodes.COMPLETED_WITH_REJECTIONS);
        assertThat(input(latestManifest(), "slow.md").get("reason").asString())
                .startsWith("processing took longer than");
    }

    @Test
    void anOutputFolderThatCannotBeCreatedFailsWithAClearMessage() throws Exception {
        shippedInput();
        Path file = Files.writeString(tmp.resolve("not-a-folder"), "x");
        output = file.resolve("out");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream original = System.err;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        int exit;
        try {
            exit = run();
        } finally {
            System.setErr(original);
        }
        assertThat(exit).isEqualTo(ExitCodes.FAILED);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("output folder " + output + " cannot be created")
                .doesNotContain("\tat ");
    }

    @Test
    void historyAndStatusReportPastRuns() throws Exception {
        shippedInput();
        assertThat(run()).isEqualTo(ExitCodes.OK);
        String runId = latestManifest().get("runId").asString();
        int[] exit = new int[1];

        String history = captureOut(() -> TrendReportsApplication.execute("history", "--output=" + output), exit);
        assertThat(exit[0]).isEqualTo(ExitCodes.OK);
        assertThat(history).contains("RUN ID").contains(runId).contains("COMPLETED")
                .contains(output.resolve("runs").resolve(runId).toString());

        String status = captureOut(() -> TrendReportsApplication.execute("status", "--output=" + output), exit);
        assertThat(exit[0]).isEqualTo(ExitCodes.OK);
        assertThat(status.strip()).startsWith("last run " + runId + ": COMPLETED").contains("2 processed, 0 rejected");
    }

    private static JsonNode input(JsonNode manifest, String file) {
        for (JsonNode in : manifest.get("inputs")) {
            if (in.get("file").asString().equals(file)) {
                return in;
            }
        }
        throw new AssertionError("no manifest entry for " + file);
    }
}
