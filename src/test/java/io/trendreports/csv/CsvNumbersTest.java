package io.trendreports.csv;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CsvNumbersTest {

    @Test
    void decimalsAreRoundedPlainAndLocaleFree() {
        assertThat(CsvNumbers.decimal(0.00012, 4)).isEqualTo("0.0001");
        assertThat(CsvNumbers.decimal(0.00004, 4)).isEqualTo("0");
        assertThat(CsvNumbers.decimal(1e-7, 2)).isEqualTo("0");
        assertThat(CsvNumbers.decimal(12.345, 2)).isEqualTo("12.35");
        assertThat(CsvNumbers.decimal(100.0, 2)).isEqualTo("100");
        assertThat(CsvNumbers.decimal(1234567.5, 2)).isEqualTo("1234567.5");
        assertThat(CsvNumbers.decimal(-3.14159, 4)).isEqualTo("-3.1416");
    }

    @Test
    void nonFiniteValuesBecomeEmptyFields() {
        assertThat(CsvNumbers.decimal(Double.NaN, 2)).isEmpty();
        assertThat(CsvNumbers.decimal(Double.POSITIVE_INFINITY, 2)).isEmpty();
    }
}
