package io.trendreports.publish;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Publishes a finished run. The working folder is renamed into {@code runs/} in one step and the
 * {@code latest} link is replaced by renaming a fresh link over it, so a reader sees either the
 * previous run or the new one, never a mixture.
 */
public final class RunPublisher {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private final RunFolders folders;

    public RunPublisher(RunFolders folders) {
        this.folders = folders;
    }

    /**
     * Writes the manifest into the working folder, then publishes it; returns the published folder.
     * Safe to call again after a crash at any point: a run already moved into {@code runs/} only
     * gets {@code latest} repointed.
     */
    public Path publish(Manifest manifest) throws IOException {
        Path work = folders.work(manifest.runId());
        Path target = folders.published(manifest.runId());
        if (Files.isDirectory(work)) {
            if (Files.exists(target)) {
                throw new IOException("cannot publish run " + manifest.runId() + ": " + target + " already exists");
            }
            Path tmp = work.resolve(".manifest.json.tmp");
            Files.writeString(tmp, JSON.writeValueAsString(manifest) + "\n");
            Files.move(tmp, work.resolve("manifest.json"), StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
            Files.createDirectories(folders.runsDir());
            Files.move(work, target, StandardCopyOption.ATOMIC_MOVE);
        } else if (!Files.isRegularFile(target.resolve("manifest.json"))) {
            throw new IOException("cannot publish run " + manifest.runId() + ": its working folder " + work
                    + " is missing");
        }
        pointLatestAt(target);
        return target;
    }

    private void pointLatestAt(Path runDir) throws IOException {
        Path latest = folders.latest();
        if (Files.exists(latest, LinkOption.NOFOLLOW_LINKS) && !Files.isSymbolicLink(latest)) {
            throw new IOException("cannot update " + latest + ": it exists and is not a symbolic link");
        }
        Path tmp = latest.resolveSibling(".latest-" + runDir.getFileName());
        Files.deleteIfExists(tmp);
        Files.createSymbolicLink(tmp, latest.getParent().relativize(runDir));
        try {
            Files.move(tmp, latest, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, latest, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
