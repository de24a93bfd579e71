package io.trendreports.portal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;

import io.trendreports.publish.Manifest;

/**
 * A file of a published run that may be served: listed in the run's manifest (compared as a
 * string, before any path is built from it), a regular file whose real location, symbolic links
 * resolved, lies inside the run's folder under {@code runs/}, and still of the size the
 * manifest recorded.
 */
record ServableFile(PublishedRun run, Manifest.Output output, Path file) {

    static Optional<ServableFile> resolve(RunCatalog catalog, String runIdOrLatest, String path) {
        Optional<PublishedRun> run = catalog.find(runIdOrLatest);
        if (run.isEmpty()) {
            return Optional.empty();
        }
        Optional<Manifest.Output> output = run.get().servable(path);
        if (output.isEmpty()) {
            return Optional.empty();
        }
        try {
            Path runsDir = catalog.outputDir().resolve("runs").toRealPath();
            Path runFolder = runsDir.resolve(run.get().runId());
            Path real = run.get().folder().resolve(output.get().path()).toRealPath();
            if (!real.startsWith(runFolder) || !Files.isRegularFile(real, LinkOption.NOFOLLOW_LINKS)
                    || Files.size(real) != output.get().bytes()) {
                return Optional.empty();
            }
            return Optional.of(new ServableFile(run.get(), output.get(), real));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    String fileName() {
        return file.getFileName().toString();
    }
}
