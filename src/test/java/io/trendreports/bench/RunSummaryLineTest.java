package io.trendreports.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class RunSummaryLineTest {

    @Test
    void readsStatusRecordsAndStepDurationsFromTheLoggedLine() {
        String line = "2026-11-28 12:29:04.581 INFO  {\"event\":\"run-summary\",\"runId\":\"r1\",\"status\":\"COMPLETED\","
                + "\"durationMs\":3848,\"inputs\":2,\"processed\":2,\"rejected\":0,\"records\":17,\"steps\":{"
                + "\"ingest\":{\"status\":\"COMPLETED\",\"durationMs\":723,\"read\":2,\"written\":2},"
                + "\"pdf\":{\"status\":\"COMPLETED\",\"durationMs\":1261,\"read\":0,\"written\":0}}}";

        RunSummaryLine summary = RunSummaryLine.parse(line).orElseThrow();

        assertThat(summary.status()).isEqualTo("COMPLETED");
        assertThat(summary.durationMs()).isEqualTo(3848);
        assertThat(summary.records()).isEqualTo(17);
        assertThat(summary.stepMs()).containsExactly(
                org.assertj.core.api.Assertions.entry("ingest", 723L),
                org.assertj.core.api.Assertions.entry("pdf", 1261L));
    }

    @Test
    void otherLinesCarryNoSummaryAndTheLastSummaryWins() {
        assertThat(RunSummaryLine.parse("2026-11-28 INFO  step ingest: COMPLETED in 1s")).isEmpty();

        RunSummaryLine last = RunSummaryLine.lastIn(List.of(
                "{\"event\":\"run-summary\",\"status\":\"FAILED\",\"durationMs\":5,\"records\":0,\"steps\":{}}",
                "noise",
                "{\"event\":\"run-summary\",\"status\":\"COMPLETED\",\"durationMs\":9,\"records\":3,\"steps\":{}}"))
                .orElseThrow();

        assertThat(last.status()).isEqualTo("COMPLETED");
        assertThat(last.records()).isEqualTo(3);
    }

    @Test
    void theMedianIsTheMiddleRun() {
        List<ChildRun> runs = List.of(run(900), run(300), run(500));

        assertThat(BenchmarkResult.median(runs, ChildRun::wallMs)).isEqualTo(500);
    }

    private static ChildRun run(long wallMs) {
        return new ChildRun(0, wallMs, 0, 0, 0, 0, -1, java.util.Optional.empty(), java.nio.file.Path.of("x.log"));
    }
}
