package io.trendreports.warmup;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.trendreports.model.WrittenOutput;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StartupWarmUpTest {

    @TempDir
    Path temp;

    @Test
    void exercisesEveryWriterOnItsSamplesAndLeavesNothingBehind() throws Exception {
        List<WrittenOutput> written = StartupWarmUp.run(temp);

        // both sample editions reached the writers: a brief each, the digest, the workbook, the CSV files
        assertThat(written).extracting(WrittenOutput::path).contains("trend-comparison.xlsx", "digest.pdf",
                "briefs/warm-up-2023.pdf", "briefs/warm-up-2024.pdf", "sections.csv");
        assertThat(written).filteredOn(w -> w.kind().equals("pdf-brief")).allSatisfy(w -> assertThat(w.records()).isEqualTo(3));
        try (Stream<Path> left = Files.list(temp)) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void anInterruptedWarmUpStopsAndRemovesItsFolder() throws Exception {
        Thread.currentThread().interrupt(); // what the exit of a run that ended first does

        assertThatThrownBy(() -> StartupWarmUp.run(temp)).isInstanceOf(InterruptedException.class);
        try (Stream<Path> left = Files.list(temp)) {
            assertThat(left).isEmpty();
        }
        assertThat(Thread.interrupted()).isFalse();
    }

    @Test
    void foldersLeftByKilledWarmUpsAreRemovedButNotThoseOfLiveOnesNorOthers() throws Exception {
        long dead = deadPid();
        Path killed = Files.createDirectories(temp.resolve("trend-reports-warm-up-" + dead + "-123/pdf"));
        Path live = Files.createDirectories(temp.resolve("trend-reports-warm-up-" + ProcessHandle.current().pid() + "-456"));
        Path other = Files.createDirectories(temp.resolve("something-else"));

        StartupWarmUp.removeLeftovers(temp);

        assertThat(killed.getParent()).doesNotExist();
        assertThat(live).exists();
        assertThat(other).exists();
    }

    /** The id of a process that has ended. */
    private static long deadPid() throws Exception {
        Process p = new ProcessBuilder("true").start();
        p.waitFor();
        return p.pid();
    }
}
