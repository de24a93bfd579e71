package io.trendreports.publish;

import java.nio.file.Path;

/**
 * The layout of the output folder. Runs are built under {@code .work/} and only appear under
 * {@code runs/} once complete, so nothing under {@code runs/} or {@code latest} is ever partial.
 */
public record RunFolders(Path outputDir) {

    public RunFolders {
        outputDir = outputDir.toAbsolutePath().normalize();
    }

    public Path runsDir() {
        return outputDir.resolve("runs");
    }

    public Path published(String runId) {
        return runsDir().resolve(runId);
    }

    public Path work(String runId) {
        return outputDir.resolve(".work").resolve(runId);
    }

    public Path latest() {
        return outputDir.resolve("latest");
    }
}
