package io.trendreports.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputDigestsTest {

    @Test
    void aFileIsHashedAsSha256AndAnsweredAgainUntilItChanges(@TempDir Path tmp) throws Exception {
        Path file = Files.writeString(tmp.resolve("report.md"), "# Report\n\n## 1. Trend\nText.\n");
        String first = InputDigests.of(file);
        assertThat(first).isEqualTo(Sha256.ofFile(file));
        assertThat(InputDigests.of(tmp.resolve(".").resolve("report.md"))).isEqualTo(first);

        FileTime modified = Files.getLastModifiedTime(file);
        Files.writeString(file, "# Report\n\n## 1. Trend\nTexts\n");
        Files.setLastModifiedTime(file, modified);
        assertThat(InputDigests.of(file)).as("same size and time: remembered").isEqualTo(first);

        Files.setLastModifiedTime(file, FileTime.fromMillis(modified.toMillis() + 1_000));
        assertThat(InputDigests.of(file)).as("a new time: hashed again").isEqualTo(Sha256.ofFile(file)).isNotEqualTo(first);

        Files.writeString(file, "# Longer report\n\n## 1. Trend\nText.\n");
        Files.setLastModifiedTime(file, FileTime.fromMillis(modified.toMillis() + 1_000));
        assertThat(InputDigests.of(file)).as("a new size: hashed again").isEqualTo(Sha256.ofFile(file));
    }
}
