package io.trendreports.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Our own fixture reports, one per structure met in real reports (same shapes, our words), each
 * with the sections and language a careful reader sees ({@code src/test/resources/structure}).
 * Prints the per-file table; every file must come out exactly right.
 */
class StructureFixturesTest {

    private static final Path FIXTURES = Path.of("src/test/resources/structure");

    @Test
    void everyFixtureGivesTheSectionsAndLanguageAReaderSees() throws Exception {
        List<StructureEvaluation.Outcome> outcomes = new StructureEvaluation().evaluate(FIXTURES);
        System.out.println(StructureEvaluation.table("Structure fixtures (" + FIXTURES + ")", outcomes));

        assertThat(outcomes).hasSizeGreaterThanOrEqualTo(20);
        assertThat(outcomes).allSatisfy(o -> {
            assertThat(o.actual()).as("%s: %s", o.file(), o.structure()).hasSameSizeAs(o.expected());
            assertThat(o.sectionsRight()).as("%s: %s", o.file(), o.firstDifference()).isTrue();
            assertThat(o.language()).as("%s: language", o.file()).isEqualTo(o.expectedLanguage());
            if (!o.expectedTitle().isEmpty()) {
                assertThat(o.title()).as("%s: title", o.file()).isEqualTo(o.expectedTitle());
            }
        });
    }
}
