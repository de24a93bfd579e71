package io.trendreports.job;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;

/**
 * Which build of the program is running, cheaply: the location, size and modification time of
 * the jar (or classes folder) it was loaded from. A file carried over from an earlier run must
 * have been written by the same code, or a fix to a writer would never reach unchanged reports.
 */
final class BuildIdentity {

    private static final String ID = compute();

    private BuildIdentity() {
    }

    static String id() {
        return ID;
    }

    private static String compute() {
        try {
            CodeSource source = BuildIdentity.class.getProtectionDomain().getCodeSource();
            String location = source == null ? "" : source.getLocation().toString();
            // inside a Spring Boot jar the location is nested ("jar:nested:/app.jar/!BOOT-INF/classes/!/")
            String file = location.replaceFirst("^jar:", "").replaceFirst("^nested:", "").replaceFirst("^file:", "")
                    .replaceFirst("/!.*$", "").replaceFirst("!/.*$", "");
            Path path = Path.of(file.isEmpty() ? "." : file);
            if (!path.isAbsolute() && location.startsWith("file:")) {
                path = Path.of(source.getLocation().toURI());
            }
            return location + '\u0000' + Files.size(path) + '\u0000' + Files.getLastModifiedTime(path).toMillis();
        } catch (IOException | URISyntaxException | RuntimeException e) {
            // unknown build: nothing is ever carried over, every file is written
            return "unknown-" + System.nanoTime();
        }
    }
}
