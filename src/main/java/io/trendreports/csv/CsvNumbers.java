package io.trendreports.csv;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Numbers as machines read them: dot decimal, no grouping, no exponent, trailing zeros dropped.
 * {@link BigDecimal#toPlainString()} is locale-free, unlike {@code String.format}.
 */
final class CsvNumbers {

    private CsvNumbers() {
    }

    /** Rounds half up to at most {@code maxDecimals}; NaN and infinities become an empty field. */
    static String decimal(double value, int maxDecimals) {
        if (!Double.isFinite(value)) {
            return "";
        }
        BigDecimal rounded = BigDecimal.valueOf(value).setScale(maxDecimals, RoundingMode.HALF_UP);
        if (rounded.signum() == 0) {
            return "0";
        }
        return rounded.stripTrailingZeros().toPlainString();
    }

    static String integer(long value) {
        return Long.toString(value);
    }
}
