package io.trendreports.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.json.JsonMapper;

class CarriedDigestsTest {

    @TempDir
    Path tmp;

    @Test
    void aHardLinkToTheLastRunsFileTakesItsListedHashAndACopyOrAnUnlistedFileDoesNot() throws Exception {
        RunFolders folders = new RunFolders(tmp);
        Path earlier = Files.createDirectories(folders.published("run-1").resolve("briefs"));
        Files.writeString(earlier.resolve("a.pdf"), "brief a");
        Files.writeString(earlier.resolve("b.pdf"), "brief b");
        Manifest manifest = new Manifest("run-1", Instant.EPOCH, Instant.EPOCH, "completed",
                new Manifest.Totals(2, 2, 0, 0), List.of(), List.of(), List.of(
                new Manifest.Output("briefs/a.pdf", "pdf-brief", 7, "listed-hash-a", 1, Map.of()),
                new Manifest.Output("briefs/b.pdf", "pdf-brief", 7, "listed-hash-b", 1, Map.of())), "", "");
        JsonMapper.builder().build().writeValue(folders.published("run-1").resolve("manifest.json").toFile(), manifest);
        Files.createSymbolicLink(folders.latest(), folders.published("run-1"));

        Path work = Files.createDirectories(folders.work("run-2").resolve("briefs"));
        Files.createLink(work.resolve("a.pdf"), earlier.resolve("a.pdf"));
        Files.copy(earlier.resolve("b.pdf"), work.resolve("b.pdf"));
        Files.writeString(work.resolve("c.pdf"), "brief c");

        CarriedDigests carried = CarriedDigests.fromLatest(folders);
        assertThat(carried.of("briefs/a.pdf", work.resolve("a.pdf"))).map(Manifest.Output::sha256).contains("listed-hash-a");
        assertThat(carried.of("briefs/b.pdf", work.resolve("b.pdf"))).as("a copy is measured").isEmpty();
        assertThat(carried.of("briefs/c.pdf", work.resolve("c.pdf"))).as("not in the last run").isEmpty();
        assertThat(CarriedDigests.fromLatest(new RunFolders(tmp.resolve("none"))).of("briefs/a.pdf", work.resolve("a.pdf")))
                .as("no run published yet").isEmpty();
    }
}
