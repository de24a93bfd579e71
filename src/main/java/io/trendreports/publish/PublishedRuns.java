package io.trendreports.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import tools.jackson.databind.json.JsonMapper;

/**
 * What is published in an output folder: the run {@code latest} points at, the runs kept, and
 * the leftovers of runs that never finished.
 */
public final class PublishedRuns {

    private static final Logger log = LoggerFactory.getLogger(PublishedRuns.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final RunFolders folders;

    public PublishedRuns(RunFolders folders) {
        this.folders = folders;
    }

    /** The manifest of the run {@code latest} points at, if there is one and it is readable. */
    public Optional<Manifest> latest() {
        Path manifest = folders.latest().resolve("manifest.json");
        if (!Files.isRegularFile(manifest)) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readValue(manifest.toFile(), Manifest.class));
        } catch (RuntimeException e) {
            log.warn("ignoring unreadable {}: {}", manifest, e.getMessage());
            return Optional.empty();
        }
    }

    /** Published run ids, oldest first (run ids start with their UTC start time). */
    public List<String> runIds() throws IOException {
        if (!Files.isDirectory(folders.runsDir())) {
            return List.of();
        }
        try (Stream<Path> runs = Files.list(folders.runsDir())) {
            return runs.filter(Files::isDirectory).map(p -> p.getFileName().toString())
                    .filter(name -> !name.startsWith(".")).sorted().toList();
        }
    }

    /**
     * Deletes the oldest published runs so that {@code keep} remain; never the one {@code latest}
     * points at. Called only after a new run is published.
     */
    public List<String> applyRetention(int keep) throws IOException {
        if (keep <= 0) {
            return List.of();
        }
        List<String> ids = new ArrayList<>(runIds());
        String latestId = latestRunId().orElse("");
        List<String> deleted = new ArrayList<>();
        while (ids.size() > keep) {
            String oldest = ids.remove(0);
            if (oldest.equals(latestId)) {
                continue;
            }
            deleteTree(folders.published(oldest));
            deleted.add(oldest);
        }
        return deleted;
    }

    /** Removes working folders of runs that will never be resumed. */
    public List<String> cleanWorkFolders(Set<String> resumable) throws IOException {
        Path work = folders.outputDir().resolve(".work");
        if (!Files.isDirectory(work)) {
            return List.of();
        }
        List<String> removed = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(work)) {
            for (Path dir : dirs.toList()) {
                String id = dir.getFileName().toString();
                if (!resumable.contains(id)) {
                    deleteTree(dir);
                    removed.add(id);
                }
            }
        }
        return removed;
    }

    public Optional<String> latestRunId() {
        Path latest = folders.latest();
        if (!Files.isSymbolicLink(latest)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readSymbolicLink(latest).getFileName().toString());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Deletes a folder and everything in it, deepest first; nothing to do when it does not exist. */
    public static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
