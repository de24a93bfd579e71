package io.trendreports.job;

import java.time.Duration;
import java.util.Locale;

/** Formats durations for log lines: "0.84s", "2m05s". */
final class Durations {

    private Durations() {
    }

    static String format(Duration d) {
        long millis = d.toMillis();
        if (millis < 60_000) {
            return String.format(Locale.ROOT, "%.2fs", millis / 1000.0);
        }
        return String.format(Locale.ROOT, "%dm%02ds", millis / 60_000, (millis / 1000) % 60);
    }
}
