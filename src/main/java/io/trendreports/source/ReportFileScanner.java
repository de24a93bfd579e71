package io.trendreports.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Lists the candidate source files of an input folder: every regular, non-hidden file at its top
 * level, in file-name order so that runs are reproducible. Files are not filtered by extension,
 * so a PDF dropped into the folder is reported as rejected rather than silently ignored.
 */
public final class ReportFileScanner {

    public List<Path> scan(Path inputDir) {
        try (Stream<Path> files = Files.list(inputDir)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list input folder " + inputDir + ": " + e.getMessage(), e);
        }
    }
}
