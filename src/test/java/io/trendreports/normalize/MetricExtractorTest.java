package io.trendreports.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MetricExtractorTest {

    @Test
    void numbersComeWithTheirUnitAndWhatTheyMeasure() {
        assertThat(MetricExtractor.extract("The emergence of models such as OpenAI's GPT-5 and Google's PaLM 3, equipped "
                + "with hundreds of billions of parameters, marks a leap.")).containsExactly("hundreds of billions of parameters");
        assertThat(MetricExtractor.extract("Assistants write 30% of code suggestions and the start-up raised "
                + "$2 billion in funding; rules apply by 2026."))
                .containsExactly("30% of code suggestions", "$2 billion in funding", "by 2026");
        assertThat(MetricExtractor.extract("The plant will capture 400,000 tonnes of CO2 a year, and 439,000 additional "
                + "workers are needed, and more than half of spot volume is electronic."))
                .containsExactly("400,000 tonnes of CO2 a year", "439,000 additional workers", "more than half of spot volume");
    }

    @Test
    void comparatorsRangesAndPeriodsBelongToTheMetric() {
        assertThat(MetricExtractor.extract("USD/JPY slipped below 140, modular methods cut time by 30 to 50%, and "
                + "readmissions fell by 38% within 90 days."))
                .containsExactly("below 140", "30 to 50%", "38% within 90 days");
    }

    @Test
    void frenchGermanAndSpanishNumberFormats() {
        assertThat(MetricExtractor.extract("Un plan de 4 milliards d'euros d'ici 2032, soit 1,5 % des immatriculations "
                + "et plus de 750 000 robots mobiles dans les entrepôts."))
                .containsExactly("4 milliards d'euros", "d'ici 2032", "1,5 % des immatriculations",
                        "plus de 750 000 robots mobiles");
        assertThat(MetricExtractor.extract("Gefördert mit rund 2 Mrd. Euro; bis zu 40 % der Investitionskosten und "
                + "16,8 Cent pro Kilowattstunde ab 2031."))
                .containsExactly("rund 2 Mrd. Euro", "bis zu 40 % der Investitionskosten", "16,8 Cent pro Kilowattstunde",
                        "ab 2031");
        assertThat(MetricExtractor.extract("Superó los 6.000 millones de transacciones, más del 75 % de los adultos."))
                .containsExactly("6.000 millones de transacciones", "más del 75 % de los adultos");
    }

    @Test
    void yearsVersionsAndCodesAreNoMetrics() {
        assertThat(MetricExtractor.extract("In 2024, Meta released Llama 3.1 under the Apache 2.0 licence. "
                + "See Section 3; GPT-4o, CO2 and NIS2 are names; Unit 1 restarts in March 2024; Ariane 6 flew."))
                .isEmpty();
        assertThat(MetricExtractor.extract("Two poor seasons and three firms followed.")).isEmpty();
        assertThat(MetricExtractor.extract("")).isEmpty();
    }
}
