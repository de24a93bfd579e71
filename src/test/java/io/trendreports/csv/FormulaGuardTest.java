package io.trendreports.csv;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class FormulaGuardTest {

    private final FormulaGuard guard = new FormulaGuard(true);

    @ParameterizedTest
    @ValueSource(strings = {"=1+1", "+cmd", "-cmd", "@SUM(A1)", "\t=1", "\r=1", "-1e3", "-", "+", "=HYPERLINK(\"x\")"})
    void textThatASpreadsheetWouldEvaluateGetsAnApostrophe(String text) {
        assertThat(guard.apply(text)).isEqualTo("'" + text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"-10", "+3.5", "-0.25", ".5", "-.5", "10", "plain text", "a=b", "", "'already"})
    void plainNumbersAndOrdinaryTextStayUntouched(String text) {
        assertThat(guard.apply(text)).isEqualTo(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"=1+1", "@SUM(A1)"})
    void aDisabledGuardChangesNothing(String text) {
        assertThat(new FormulaGuard(false).apply(text)).isEqualTo(text);
    }
}
