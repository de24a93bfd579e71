package io.trendreports.publish;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The contents of {@code manifest.json}: what a run read, what it wrote, and how it ended. The
 * fingerprints identify the inputs and the configuration the run was made from, so the next run
 * can tell whether anything changed.
 *
 * @param startedAt  when the attempt that published the run began (the time in the run id, unless
 *                   the run was resumed)
 * @param finishedAt when the run was published
 * @param warnings   about the run as a whole, e.g. an input folder with nothing to read
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Manifest(String runId, Instant startedAt, Instant finishedAt, String status, Totals totals,
                       List<String> warnings, List<Input> inputs, List<Output> outputs, String inputFingerprint,
                       String configFingerprint, List<Edition> history) {

    /** A manifest without earlier editions kept for history. */
    public Manifest(String runId, Instant startedAt, Instant finishedAt, String status, Totals totals,
                    List<String> warnings, List<Input> inputs, List<Output> outputs, String inputFingerprint,
                    String configFingerprint) {
        this(runId, startedAt, finishedAt, status, totals, warnings, inputs, outputs, inputFingerprint,
                configFingerprint, List.of());
    }

    /** Counts a scheduler can check without walking the lists. */
    public record Totals(int inputs, int processed, int rejected, long records) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    /**
     * @param structure  how the file's structure was read ("10 sections at H3 under an H2 title")
     * @param reusedFrom the earlier run whose records were reused because the file was unchanged
     */
    public record Input(String file, String sha256, String status, String reason, int sections,
                        String structure, List<String> warnings, String reusedFrom) {
    }

    /**
     * An earlier edition the run holds for its topic's history, its file gone from the input folder.
     *
     * @param firstSeen the run that first read it
     */
    public record Edition(String reportId, String file, String sha256, String topic, String firstSeen) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Output(String path, String kind, long bytes, String sha256, long records,
                         Map<String, Long> counters) {
    }
}
