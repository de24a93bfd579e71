package io.trendreports.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class MetricPartsTest {

    @Test
    void moneyPercentagesAndDatesAreReadIntoValueUnitAndWhatTheyMeasure() {
        assertThat(MetricParts.of("$2 billion in funding")).isEqualTo(parts(2e9, "USD", "funding"));
        assertThat(MetricParts.of("30% of code suggestions")).isEqualTo(parts(30.0, "%", "code suggestions"));
        assertThat(MetricParts.of("by 2026")).isEqualTo(parts(2026.0, "year", ""));
        assertThat(MetricParts.of("400,000 tonnes of CO2 a year")).isEqualTo(parts(400000.0, "tonnes", "CO2 a year"));
        assertThat(MetricParts.of("439,000 additional workers")).isEqualTo(parts(439000.0, "", "additional workers"));
    }

    @Test
    void frenchGermanAndSpanishFiguresKeepTheirDecimalAndThousandsMarks() {
        assertThat(MetricParts.of("4 milliards d'euros")).isEqualTo(parts(4e9, "EUR", ""));
        assertThat(MetricParts.of("1,5 % des immatriculations")).isEqualTo(parts(1.5, "%", "immatriculations"));
        assertThat(MetricParts.of("rund 2 Mrd. Euro")).isEqualTo(parts(2e9, "EUR", ""));
        assertThat(MetricParts.of("bis zu 40 % der Investitionskosten")).isEqualTo(parts(40.0, "%", "Investitionskosten"));
        assertThat(MetricParts.of("6.000 millones de transacciones")).isEqualTo(parts(6e9, "", "transacciones"));
        assertThat(MetricParts.of("ab 2031")).isEqualTo(parts(2031.0, "year", ""));
    }

    @Test
    void figuresInWordsAndRangesHaveNoSingleValue() {
        assertThat(MetricParts.of("hundreds of billions of parameters"))
                .isEqualTo(new MetricParts(Optional.empty(), "", "parameters"));
        assertThat(MetricParts.of("more than half of spot volume"))
                .isEqualTo(new MetricParts(Optional.empty(), "", "spot volume"));
        assertThat(MetricParts.of("30 to 50%")).isEqualTo(new MetricParts(Optional.empty(), "%", ""));
    }

    private static MetricParts parts(double value, String unit, String measures) {
        return new MetricParts(Optional.of(value), unit, measures);
    }
}
