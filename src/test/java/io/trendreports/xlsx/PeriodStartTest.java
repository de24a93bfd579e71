package io.trendreports.xlsx;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class PeriodStartTest {

    @ParameterizedTest
    @CsvSource({"2024, 2024-01-01", "2024-03, 2024-03-01", "2024-03-17, 2024-03-17", "' 2023 ', 2023-01-01"})
    void isoPeriodsStartOnTheirFirstDay(String period, LocalDate start) {
        assertThat(PeriodStart.of(period)).contains(start);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Q1 2024", "2024/03", "2024-13", "2024-02-30", "24", "1850", "FY2024", "2024-3"})
    void anythingElseHasNoStartDay(String period) {
        assertThat(PeriodStart.of(period)).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void noPeriodHasNoStartDay() {
        assertThat(PeriodStart.of(null)).isEmpty();
    }
}
