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
}
