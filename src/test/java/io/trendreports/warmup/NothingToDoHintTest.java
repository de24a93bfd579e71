package io.trendreports.warmup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class NothingToDoHintTest {

    private static final FileTime BEFORE = FileTime.from(Instant.parse("2026-01-01T00:00:00Z"));
    private static final FileTime PUBLISHED = FileTime.from(Instant.parse("2026-01-02T00:00:00Z"));
    private static final FileTime AFTER = FileTime.from(Instant.parse("2026-01-03T00:00:00Z"));

    @TempDir
    Path root;
    Path input;
    Path output;

    @BeforeEach
    void inputsOfTheFirstOfJanuary() throws IOException {
        input = Files.createDirectories(root.resolve("input"));
        output = Files.createDirectories(root.resolve("output"));
        Files.setLastModifiedTime(Files.writeString(input.resolve("a.md"), "# A"), BEFORE);
        Files.setLastModifiedTime(input, BEFORE);
    }

    @Test
    void noPublishedRunMeansWork() {
        assertThat(NothingToDoHint.likely(input, output)).isFalse();
    }

    @Test
    void inputsOlderThanTheLatestManifestMeanProbablyNothingToDo() throws IOException {
        publish();
        assertThat(NothingToDoHint.likely(input, output)).isTrue();
    }

    @Test
    void anEditedInputMeansWork() throws IOException {
        publish();
        Files.setLastModifiedTime(input.resolve("a.md"), AFTER);
        assertThat(NothingToDoHint.likely(input, output)).isFalse();
    }

    @Test
    void anAddedInputMeansWork() throws IOException {
        publish();
        Files.setLastModifiedTime(Files.writeString(input.resolve("b.md"), "# B"), BEFORE);
        Files.setLastModifiedTime(input, AFTER); // what the file system does when a file is added
        assertThat(NothingToDoHint.likely(input, output)).isFalse();
    }

    private void publish() throws IOException {
        Path run = Files.createDirectories(output.resolve("runs/r1"));
        Files.setLastModifiedTime(Files.writeString(run.resolve("manifest.json"), "{}"), PUBLISHED);
        Files.createSymbolicLink(output.resolve("latest"), Path.of("runs/r1"));
    }
}
