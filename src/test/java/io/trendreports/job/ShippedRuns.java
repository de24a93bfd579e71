package io.trendreports.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import io.trendreports.TrendReportsApplication;

/** Runs through the real command line on copies of the shipped sample reports, as the functional tests do. */
public final class ShippedRuns {

    private ShippedRuns() {
    }

    /** Copies the reports of the project's {@code input/} folder into {@code input}, made if missing. */
    public static Path copyShippedReports(Path input) throws IOException {
        Files.createDirectories(input);
        try (Stream<Path> files = Files.list(Path.of("input"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".md")).toList()) {
                Files.copy(f, input.resolve(f.getFileName()));
            }
        }
        return input;
    }

    /** {@code run --input=... --output=...} and the extra arguments, in this JVM; the exit code. */
    public static int run(Path input, Path output, String... extra) {
        List<String> args = new ArrayList<>(List.of("run", "--input=" + input, "--output=" + output));
        args.addAll(List.of(extra));
        return TrendReportsApplication.execute(args.toArray(String[]::new));
    }
}
