package io.trendreports.bench;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code {"event":"run-summary",...}} line a finished run logs: its status, record count and
 * the duration of every step. Read from the child's log, so the benchmark reports what the job
 * itself measured, not a guess from outside.
 */
public record RunSummaryLine(String status, long durationMs, long records, Map<String, Long> stepMs) {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String MARKER = "{\"event\":\"run-summary\"";

    /** The summary in one log line, if the line carries one. */
    public static Optional<RunSummaryLine> parse(String logLine) {
        int start = logLine.indexOf(MARKER);
        if (start < 0) {
            return Optional.empty();
        }
        JsonNode node = JSON.readTree(logLine.substring(start));
        Map<String, Long> steps = new LinkedHashMap<>();
        JsonNode stepNodes = node.path("steps");
        for (String name : stepNodes.propertyNames()) {
            steps.put(name, stepNodes.path(name).path("durationMs").asLong());
        }
        return Optional.of(new RunSummaryLine(node.path("status").asString(), node.path("durationMs").asLong(),
                node.path("records").asLong(), steps));
    }

    /** The last summary in a log, if any. */
    public static Optional<RunSummaryLine> lastIn(Iterable<String> lines) {
        RunSummaryLine last = null;
        for (String line : lines) {
            Optional<RunSummaryLine> parsed = parse(line);
            if (parsed.isPresent()) {
                last = parsed.get();
            }
        }
        return Optional.ofNullable(last);
    }
}
