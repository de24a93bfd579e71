package io.trendreports.model;

import java.time.Instant;

/** Identity of one run of the pipeline, as printed on every output. */
public record RunInfo(String runId, Instant startedAt) {
}
