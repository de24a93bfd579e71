package io.trendreports.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class BenchmarkOptionsTest {

    /** The usage in docs/benchmark.md is a copy: this keeps it from drifting from the one the benchmark prints. */
    @Test
    void theDocumentedUsageIsTheOneTheBenchmarkPrints() throws Exception {
        String doc = Files.readString(Path.of("docs/benchmark.md"), StandardCharsets.UTF_8);

        assertThat(doc).contains(BenchmarkOptions.USAGE);
    }
}
