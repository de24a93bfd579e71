package io.trendreports.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Search over kept runs that hold the same report night after night. */
class RunSearchTest {

    @TempDir
    Path output;

    @Test
    void aSectionKeptUnchangedInSeveralRunsIsOneHitFromTheNewestRun() throws IOException {
        PublishedRunFixture.createRepeated(output);
        RunSearch search = new RunSearch(new RunCatalog(output),
                new PortalProperties(null, null, null, null, null, null));

        RunSearch.Result all = search.search("model", RunSearch.ALL_RUNS);

        assertThat(all.runsSearched()).isEqualTo(2);
        assertThat(all.hits()).singleElement().satisfies(hit -> {
            assertThat(hit.runId()).isEqualTo(PublishedRunFixture.RUN_ID);
            assertThat(hit.section().sectionTitle()).isEqualTo("Frontier models");
            assertThat(hit.alsoIn()).isEqualTo(1);
            assertThat(hit.snippet().before() + hit.snippet().match() + hit.snippet().after()).isEqualTo("Models grew.");
            assertThat(hit.snippet().match()).isEqualTo("Model");
        });
        assertThat(search.search("model", null).scope()).as("the newest run by default")
                .isEqualTo(PublishedRunFixture.RUN_ID);
        assertThat(all.scopes()).extracting(RunSearch.Scope::value)
                .containsExactly(PublishedRunFixture.RUN_ID, PublishedRunFixture.OLDER_RUN_ID, RunSearch.ALL_RUNS);
    }

    @Test
    void aLongSummaryIsCutAroundTheMatchAtWords() {
        String summary = "Lorem ipsum dolor sit amet ".repeat(10) + "quantum advantage " + "consectetur adipiscing ".repeat(10);
        Snippet snippet = Snippet.of(summary, "QUANTUM");
        assertThat(snippet.match()).isEqualTo("quantum");
        assertThat(snippet.before()).startsWith("\u2026").hasSizeLessThanOrEqualTo(Snippet.CONTEXT + 1);
        assertThat(snippet.after()).endsWith("\u2026").hasSizeLessThanOrEqualTo(Snippet.CONTEXT + 1);
    }
}
