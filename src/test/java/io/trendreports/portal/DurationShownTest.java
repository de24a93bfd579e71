package io.trendreports.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.trendreports.job.Durations;

/**
 * The portal formats a run's duration from the manifest exactly as the log line, history and
 * status format the same times, so one run never shows two durations.
 */
class DurationShownTest {

    @Test
    void thePortalAndTheCommandLineWriteTheSameDurations() {
        for (Duration d : List.of(Duration.ZERO, Duration.ofMillis(9_472), Duration.ofMillis(59_999),
                Duration.ofSeconds(60), Duration.ofSeconds(125), Duration.ofSeconds(3599), Duration.ofSeconds(3600),
                Duration.ofMinutes(75).plusSeconds(30), Duration.ofHours(26))) {
            assertThat(RunRows.format(d)).as("%s", d).isEqualTo(Durations.format(d));
        }
    }
}
