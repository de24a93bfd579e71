package io.trendreports.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.trendreports.TrendReportsApplication;
import io.trendreports.cli.ExitCodes;

/** The long-running mode fires on its cron expression and never overlaps runs. */
class ScheduleModeTest {

    @Test
    void scheduleRunsOnTheCronAndSecondFireFindsNothingToDo(@TempDir Path tmp) throws Exception {
        Path input = Files.createDirectories(tmp.resolve("input"));
        Files.copy(Path.of("input/ai-llm-trends-2024.md"), input.resolve("a.md"));
        Path output = tmp.resolve("output");

        int exit = TrendReportsApplication.execute("schedule", "--input=" + input, "--output=" + output,
                "--trend.schedule.cron=*/2 * * * * *", "--trend.schedule.max-runs=2");

        assertThat(exit).isEqualTo(ExitCodes.OK);
        try (Stream<Path> runs = Files.list(output.resolve("runs"))) {
            assertThat(runs).as("second fire: inputs unchanged, no new run").hasSize(1);
        }
        assertThat(output.resolve("latest/manifest.json")).exists();
    }
}
