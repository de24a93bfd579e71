package io.trendreports;

import java.nio.file.Path;
import java.util.Optional;

/** Where an H2 JDBC URL keeps its database, for the URLs that name a file on this machine. */
final class H2Url {

    private static final String PREFIX = "jdbc:h2:";

    private H2Url() {
    }

    /** The {@code .mv.db} file of a {@code jdbc:h2:file:} (or bare path) URL; empty for any other URL. */
    static Optional<Path> databaseFile(String url) {
        if (url == null || !url.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String rest = url.substring(PREFIX.length());
        int settings = rest.indexOf(';');
        String name = settings < 0 ? rest : rest.substring(0, settings);
        if (name.startsWith("file:")) {
            name = name.substring("file:".length());
        } else if (name.matches("^[A-Za-z]{2,}:.*")) {
            return Optional.empty(); // mem:, tcp:, ssl:, zip:, ...
        }
        if (name.isBlank()) {
            return Optional.empty();
        }
        if (name.startsWith("~")) {
            name = System.getProperty("user.home") + name.substring(1);
        }
        return Optional.of(Path.of(name + ".mv.db").toAbsolutePath().normalize());
    }
}
