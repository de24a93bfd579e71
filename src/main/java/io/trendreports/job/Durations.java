package io.trendreports.job;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Locale;

/** Formats durations for log lines, history and status: "0.84s", "2m05s", "1h15m", as the portal does. */
public final class Durations {

    private Durations() {
    }

    /** From start to end, or to now while it is still going; zero if it never started. */
    public static Duration between(LocalDateTime start, LocalDateTime end) {
        if (start == null) {
            return Duration.ZERO;
        }
        return Duration.between(start, end == null ? LocalDateTime.now() : end);
    }

    public static String format(Duration d) {
        long millis = d.toMillis();
        if (millis < 60_000) {
            return String.format(Locale.ROOT, "%.2fs", millis / 1000.0);
        }
        long seconds = millis / 1000;
        return seconds < 3600 ? String.format(Locale.ROOT, "%dm%02ds", seconds / 60, seconds % 60)
                : String.format(Locale.ROOT, "%dh%02dm", seconds / 3600, (seconds % 3600) / 60);
    }
}
