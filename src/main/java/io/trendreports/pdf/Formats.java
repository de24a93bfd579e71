package io.trendreports.pdf;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How numbers and times read in the PDFs. */
final class Formats {

    private static final DateTimeFormatter UTC =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

    private Formats() {
    }

    static String utc(Instant instant) {
        return UTC.format(instant);
    }

    /** A share in percent, one decimal: {@code 42.5}. */
    static String share(double pct) {
        return String.format(Locale.ROOT, "%.1f", pct);
    }

    /** A change in percentage points with its sign: {@code +3.0 pts}, {@code -12.5 pts}; no change is {@code 0.0 pts}. */
    static String delta(double points) {
        double rounded = Math.round(points * 10) / 10.0;
        // a difference of sums rounds to -0.0, which reads as a fall
        return rounded == 0 ? "0.0 pts" : String.format(Locale.ROOT, "%+.1f pts", rounded);
    }
}
