package io.trendreports.job;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UnexpectedFailureTest {

    @Test
    void aReasonIsASentenceFirstAndTheErrorNameOnlyForTheReport() {
        assertThat(UnexpectedFailure.reason(new StackOverflowError()))
                .isEqualTo("could not be processed: the document is nested too deeply to read (StackOverflowError)");
        assertThat(UnexpectedFailure.reason(new IllegalStateException("bad state\nsecond line")))
                .startsWith("could not be processed: an unexpected error stopped reading it;")
                .endsWith("(IllegalStateException: bad state)");
    }
}
