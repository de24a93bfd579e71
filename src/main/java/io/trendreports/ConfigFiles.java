package io.trendreports;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

import io.trendreports.cli.ExitCodes;

/**
 * The configuration files Spring is about to read, checked before it starts: the
 * {@code application.yml} (or {@code .properties}) of the working directory and its
 * {@code config/} folder, and those named by {@code spring.config.location} or
 * {@code spring.config.additional-location}. One that is missing (unless marked
 * {@code optional:}), unreadable or not valid YAML is a usage error naming the file and the
 * line, instead of Spring's failure report and stack trace.
 */
final class ConfigFiles {

    private static final String LOCATION = "--spring.config.location=";
    private static final String ADDITIONAL = "--spring.config.additional-location=";

    private ConfigFiles() {
    }

    static void check(List<String> springArgs) {
        List<String> locations = new ArrayList<>();
        String replaced = last(springArgs, LOCATION, System.getenv("SPRING_CONFIG_LOCATION"));
        if (replaced == null) {
            locations.add("optional:file:./config/");
            locations.add("optional:file:./");
        } else {
            locations.addAll(List.of(replaced.split(",")));
        }
        String additional = last(springArgs, ADDITIONAL, System.getenv("SPRING_CONFIG_ADDITIONAL_LOCATION"));
        if (additional != null) {
            locations.addAll(List.of(additional.split(",")));
        }
        for (String location : locations) {
            checkLocation(location.strip());
        }
    }

    private static void checkLocation(String location) {
        boolean optional = location.startsWith("optional:");
        String path = optional ? location.substring("optional:".length()) : location;
        if (path.startsWith("classpath:") || path.isEmpty() || path.contains("*")) {
            return; // the jar's own files, or patterns Spring resolves itself
        }
        path = path.startsWith("file:") ? path.substring("file:".length()) : path;
        Path file = Path.of(path);
        if (path.endsWith("/") || Files.isDirectory(file)) {
            for (String name : List.of("application.yml", "application.yaml", "application.properties")) {
                if (Files.exists(file.resolve(name))) {
                    readable(file.resolve(name));
                }
            }
            return;
        }
        if (!Files.exists(file)) {
            if (!optional) {
                throw new EarlyExit(ExitCodes.USAGE, "configuration file not found: " + file.toAbsolutePath());
            }
            return;
        }
        readable(file);
    }

    private static void readable(Path file) {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            if (file.getFileName().toString().endsWith(".properties")) {
                new Properties().load(in);
            } else {
                for (Object ignored : new Yaml(new SafeConstructor(new LoaderOptions())).loadAll(in)) {
                    // every document parsed
                }
            }
        } catch (MarkedYAMLException e) {
            throw new EarlyExit(ExitCodes.USAGE, "configuration file " + file.toAbsolutePath() + " is not valid YAML: "
                    + e.getProblem() + " at line " + (e.getProblemMark().getLine() + 1));
        } catch (YAMLException | IOException | IllegalArgumentException e) {
            throw new EarlyExit(ExitCodes.USAGE, "configuration file " + file.toAbsolutePath() + " cannot be read: "
                    + e.getMessage());
        }
    }

    /** The last value of {@code option} on the command line, else {@code fallback}. */
    private static String last(List<String> args, String option, String fallback) {
        String value = fallback;
        for (String arg : args) {
            if (arg.startsWith(option)) {
                value = arg.substring(option.length());
            }
        }
        return value == null || value.isBlank() ? null : value;
    }
}
