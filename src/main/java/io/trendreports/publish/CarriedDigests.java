package io.trendreports.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The sizes and hashes the last published run's manifest gives for its files, for the outputs a
 * new run carries over from it. A carried file is a hard link to the earlier run's file, and
 * published runs are never changed in place, so the same file has the same hash: a nightly run
 * that links thousands of briefs need not read them again to list them. A file that is a copy,
 * or that the manifest does not list, is measured.
 */
final class CarriedDigests {

    private final Path earlierDir;
    private final Map<String, Manifest.Output> earlier = new HashMap<>();

    private CarriedDigests(Path earlierDir, Manifest manifest) {
        this.earlierDir = earlierDir;
        if (manifest != null) {
            manifest.outputs().forEach(o -> earlier.put(o.path(), o));
        }
    }

    /** From the run {@code latest} points at, when it has a readable manifest. */
    static CarriedDigests fromLatest(RunFolders folders) {
        Optional<Manifest> latest = new PublishedRuns(folders).latest();
        return latest.map(m -> new CarriedDigests(folders.published(m.runId()), m))
                .orElseGet(() -> new CarriedDigests(null, null));
    }

    /** The earlier run's entry for {@code path}, when {@code file} is that very file (a hard link to it). */
    Optional<Manifest.Output> of(String path, Path file) {
        Manifest.Output known = earlier.get(path);
        if (known == null || known.sha256() == null) {
            return Optional.empty();
        }
        try {
            Path earlierFile = earlierDir.resolve(path);
            return Files.isRegularFile(earlierFile) && Files.isSameFile(file, earlierFile)
                    && Files.size(file) == known.bytes() ? Optional.of(known) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
