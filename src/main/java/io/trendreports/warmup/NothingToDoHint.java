package io.trendreports.warmup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * A guess, from file times alone, that a run will find its inputs unchanged since the latest
 * published run: the latest manifest is newer than the input folder (files added, removed or
 * renamed) and than every file in it. It only decides whether the warm-up is worth its processor
 * time; whether the run has something to do is still decided by the fingerprints.
 */
final class NothingToDoHint {

    private NothingToDoHint() {
    }

    static boolean likely(Path inputDir, Path outputDir) {
        try {
            long published = Files.getLastModifiedTime(outputDir.resolve("latest").resolve("manifest.json")).toMillis();
            if (Files.getLastModifiedTime(inputDir).toMillis() >= published) {
                return false;
            }
            try (Stream<Path> files = Files.list(inputDir)) {
                return files.allMatch(f -> modified(f) < published);
            }
        } catch (IOException | UncheckedIOException e) {
            return false; // no published run yet, or unreadable: warm up
        }
    }

    private static long modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
