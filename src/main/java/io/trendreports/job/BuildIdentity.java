package io.trendreports.job;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.Properties;

/**
 * Which build of the program is running, cheaply. A file carried over from an earlier run must
 * have been written by the same code, or a fix to a writer would never reach unchanged reports.
 *
 * <p>Started from a jar, the build is the one {@code META-INF/build-info.properties} names (its
 * version and build time): the packaged jar and the copy the start script unpacks are the same
 * build, so switching between {@code java -jar} and the script keeps what can be carried over.
 * Otherwise (a classes folder, a jar without that file) it is the location, size and modification
 * time of what the classes were loaded from.
 */
final class BuildIdentity {

    private static final String BUILD_INFO = "META-INF/build-info.properties";
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
            if (Files.isRegularFile(path)) {
                String packaged = packagedBuild();
                if (packaged != null) {
                    return packaged;
                }
            }
            return location + '\u0000' + Files.size(path) + '\u0000' + Files.getLastModifiedTime(path).toMillis();
        } catch (IOException | URISyntaxException | RuntimeException e) {
            // unknown build: nothing is ever carried over, every file is written
            return "unknown-" + System.nanoTime();
        }
    }

    private static String packagedBuild() throws IOException {
        try (InputStream in = BuildIdentity.class.getClassLoader().getResourceAsStream(BUILD_INFO)) {
            if (in == null) {
                return null;
            }
            Properties info = new Properties();
            info.load(in);
            String time = info.getProperty("build.time");
            if (time == null || time.isBlank()) {
                return null;
            }
            return "build\u0000" + info.getProperty("build.artifact", "") + '\u0000'
                    + info.getProperty("build.version", "") + '\u0000' + time;
        }
    }
}
