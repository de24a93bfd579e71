package io.trendreports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import io.trendreports.publish.PublishedRuns;

/**
 * The jar unpacked next to itself and the class data archive recorded from it, as the start script
 * keeps them ({@code trend-reports-cds/} beside {@code trend-reports.jar}): classes mapped from an
 * archive start in half the time of classes read, verified and linked from a jar inside a jar.
 *
 * <p>The archive only loads into the JVM build that recorded it and only for the same unpacked
 * jar, so its name carries the JVM's identity, and the unpacked copy is made anew when the jar is
 * newer than it.
 */
final class ClassDataCache {

    private static final long EXTRACT_SECONDS = 120;

    private final Path unpackedJar;
    private final Path archive;

    private ClassDataCache(Path unpackedJar, Path archive) {
        this.unpackedJar = unpackedJar;
        this.archive = archive;
    }

    /** The unpacked jar to start, or empty when it cannot be made (a read-only install folder, say). */
    static Optional<ClassDataCache> prepare(Path jar, Path java) {
        Path folder = jar.resolveSibling(fileName(jar).replaceFirst("\\.jar$", "") + "-cds");
        Path unpacked = folder.resolve("app").resolve(fileName(jar));
        try {
            if (!Files.isRegularFile(unpacked)
                    || Files.getLastModifiedTime(jar).compareTo(Files.getLastModifiedTime(unpacked)) > 0) {
                unpack(jar, java, folder);
            }
            if (!Files.isRegularFile(unpacked)) {
                return Optional.empty();
            }
            return Optional.of(new ClassDataCache(unpacked, folder.resolve("jar-" + jvmId(java) + ".jsa")));
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    Path unpackedJar() {
        return unpackedJar;
    }

    Path archive() {
        return archive;
    }

    boolean hasArchive() {
        return Files.isRegularFile(archive);
    }

    /** Where a run records the archive; {@link #keep} moves it into place once that run has ended well. */
    Path archiveBeingRecorded() {
        return archive.resolveSibling(archive.getFileName() + "." + ProcessHandle.current().pid());
    }

    void keep(Path recorded) throws IOException {
        if (Files.isRegularFile(recorded)) {
            Files.move(recorded, archive, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Spring Boot's own tool unpacks the jar; into a scratch folder first, so a concurrent start never sees half of it. */
    private static void unpack(Path jar, Path java, Path folder) throws IOException, InterruptedException {
        Path scratch = folder.resolveSibling(folder.getFileName() + ".tmp." + ProcessHandle.current().pid());
        PublishedRuns.deleteTree(scratch);
        Files.createDirectories(scratch);
        try {
            Process extract = new ProcessBuilder(List.of(java.toString(), "-Djarmode=tools", "-jar", jar.toString(),
                    "extract", "--destination", scratch.resolve("app").toString()))
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!extract.waitFor(EXTRACT_SECONDS, TimeUnit.SECONDS)) {
                extract.destroyForcibly();
                return;
            }
            if (extract.exitValue() != 0) {
                return;
            }
            PublishedRuns.deleteTree(folder);
            try {
                Files.move(scratch, folder, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                // another start won the race (its copy is as good), or the folder cannot be moved: checked by the caller
            }
        } finally {
            PublishedRuns.deleteTree(scratch);
        }
    }

    /** The JVM's path and install time, as the start script names its archives. */
    private static String jvmId(Path java) throws IOException {
        Path real = java.toRealPath();
        return Integer.toHexString((real + " " + Files.getLastModifiedTime(real).toMillis()).hashCode());
    }

    private static String fileName(Path p) {
        return p.getFileName().toString();
    }
}
