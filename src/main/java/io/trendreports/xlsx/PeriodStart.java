package io.trendreports.xlsx;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The first day of a report period, for the {@code period_start} date column. The {@code period}
 * column stays the text the report gave ("2024", "2024-03", "Q1 2024"); this column adds a real
 * date where the period is an ISO year, year-month or date, so Excel can sort and filter editions
 * by time. Anything else has no start day: guessing would put a wrong date in a typed column.
 */
final class PeriodStart {

    private static final Pattern ISO = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    private PeriodStart() {
    }

    static Optional<LocalDate> of(String period) {
        if (period == null) {
            return Optional.empty();
        }
        Matcher m = ISO.matcher(period.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            int year = Integer.parseInt(m.group(1));
            int month = m.group(2) == null ? 1 : Integer.parseInt(m.group(2));
            int day = m.group(3) == null ? 1 : Integer.parseInt(m.group(3));
            // Excel's calendar starts in 1900; earlier days cannot be date cells
            return year < 1900 ? Optional.empty() : Optional.of(LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
