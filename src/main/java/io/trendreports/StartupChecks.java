package io.trendreports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import io.trendreports.cli.Command;
import io.trendreports.cli.ExitCodes;
import io.trendreports.normalize.KnowledgeBase;
import io.trendreports.normalize.KnowledgeFileException;

/**
 * What a command can be refused for as soon as its settings are known, before the application
 * context (and the database) starts, or even before Spring loads when the command line decides: a {@code run} without its input folder or with an unreadable
 * knowledge file, and a {@code status} or {@code history} of an output folder or embedded
 * database that does not exist. Those two only read: they create neither the folder nor the
 * database, so a probe with a wrong path fails instead of reporting an empty, healthy folder.
 */
final class StartupChecks {

    private static final String URL = "spring.datasource.url";
    private static final String INPUT_ARG = "--trend.input=";

    private StartupChecks() {
    }

    /** Applies the checks of {@code command}; throws {@link EarlyExit} when it cannot go on. */
    static void apply(Command command, ConfigurableEnvironment env) {
        Path output = Path.of(env.getProperty("trend.output", "output")).toAbsolutePath().normalize();
        switch (command.name()) {
            case RUN, SCHEDULE -> {
                if (command.name() == Command.Name.RUN) {
                    inputFolderExists(env);
                }
                knowledgeFilesReadable(env);
                createFolder(output);
            }
            case STATUS, HISTORY -> {
                if (!Files.isDirectory(output)) {
                    throw new EarlyExit(ExitCodes.NO_OUTPUT_FOLDER, "output folder not found: " + output
                            + " (" + command.name().name().toLowerCase(Locale.ROOT) + " creates nothing)");
                }
            }
            default -> createFolder(output);
        }
        // H2 refuses relative paths, and the embedded database's URL is made from this folder
        env.getPropertySources().addFirst(new MapPropertySource("trend-absolute-paths", Map.of(
                "trend.output", output.toString())));
        if (command.name() == Command.Name.STATUS || command.name() == Command.Name.HISTORY) {
            onlyAnExistingDatabase(command, env, output);
        }
    }

    /**
     * The checks that need no Spring, before it loads at all: the configuration files it would
     * read, and an input folder given on the command line, which is the one used whatever the
     * configuration files and the environment say (command-line settings take precedence).
     */
    static void beforeSpring(Command command) {
        ConfigFiles.check(command.springArgs());
        if (command.name() != Command.Name.RUN) {
            return;
        }
        List<String> inputs = command.springArgs().stream().filter(a -> a.startsWith(INPUT_ARG))
                .map(a -> a.substring(INPUT_ARG.length())).toList();
        if (inputs.size() == 1) {
            inputFolderExists(Path.of(inputs.get(0)));
        }
    }

    /** The build's ahead-of-time processing checks nothing: it only needs the output folder made absolute. */
    static void absoluteOutput(ConfigurableEnvironment env) {
        Path output = Path.of(env.getProperty("trend.output", "output")).toAbsolutePath().normalize();
        createFolder(output);
        env.getPropertySources().addFirst(new MapPropertySource("trend-absolute-paths", Map.of(
                "trend.output", output.toString())));
    }

    private static void inputFolderExists(ConfigurableEnvironment env) {
        inputFolderExists(Path.of(env.getProperty("trend.input", "input")));
    }

    private static void inputFolderExists(Path folder) {
        Path input = folder.toAbsolutePath().normalize();
        if (!Files.isDirectory(input)) {
            throw new EarlyExit(ExitCodes.USAGE, Files.exists(input) ? "input folder is not a folder: " + input
                    : "input folder not found: " + input);
        }
    }

    private static void knowledgeFilesReadable(ConfigurableEnvironment env) {
        try {
            KnowledgeBase.files(Path.of(env.getProperty("trend.config-dir", "config")));
        } catch (KnowledgeFileException e) {
            throw new EarlyExit(ExitCodes.USAGE, "configuration file " + e.getMessage());
        }
    }

    /** The embedded database lives here too, so a bad output folder must fail before it opens. */
    private static void createFolder(Path output) {
        try {
            Files.createDirectories(output);
        } catch (IOException e) {
            throw new IllegalStateException("output folder " + output + " cannot be created ("
                    + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
        }
    }

    /**
     * An embedded database file that is not there means no run ever happened here; and should the
     * file vanish in between, H2 is told not to create it ({@code IFEXISTS=TRUE}).
     */
    private static void onlyAnExistingDatabase(Command command, ConfigurableEnvironment env, Path output) {
        String url = env.getProperty(URL, "");
        Optional<Path> file = H2Url.databaseFile(url);
        if (file.isEmpty()) {
            return;
        }
        if (!Files.isRegularFile(file.get())) {
            if (command.name() == Command.Name.STATUS) {
                throw new EarlyExit(ExitCodes.NO_FINISHED_RUN, "no runs yet in " + output);
            }
            throw new EarlyExit(ExitCodes.OK, "no runs yet in " + output);
        }
        if (!url.toUpperCase(Locale.ROOT).contains("IFEXISTS=")) {
            env.getPropertySources().addFirst(new MapPropertySource("trend-existing-database", Map.of(
                    URL, url + ";IFEXISTS=TRUE")));
        }
    }
}
