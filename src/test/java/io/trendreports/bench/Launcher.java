package io.trendreports.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How the benchmark starts trend-reports: {@code java -jar} as is, or through the start script
 * {@code src/main/scripts/trend-reports}, the fast start with class data sharing (see the README,
 * "Faster start"). The script gets the jar, the Java binary and the JVM options through its
 * environment variables, and {@code exec}s the JVM, so the measured process is the JVM either way.
 */
public record Launcher(Kind kind, Path script, String java, List<String> jvmOptions, Path jar) {

    public enum Kind {
        JAR, SCRIPT;

        static Kind parse(String value) {
            try {
                return valueOf(value.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--launcher must be jar or script, not '" + value + "'");
            }
        }
    }

    public Launcher {
        jvmOptions = List.copyOf(jvmOptions);
    }

    /** A process that runs trend-reports with {@code args}, the JVM writing its GC log to {@code gcLog} if not null. */
    ProcessBuilder process(Path gcLog, String... args) {
        List<String> options = new ArrayList<>(jvmOptions);
        if (gcLog != null) {
            options.add("-Xlog:gc:file=" + gcLog);
        }
        List<String> command = new ArrayList<>();
        if (kind == Kind.JAR) {
            command.add(java);
            command.addAll(options);
            // the benchmark measures the process it starts (its memory, processor time and live
            // heap), so the run must stay in it rather than continue in a second JVM
            command.add("-Dtrend.relaunch=false");
            command.add("-jar");
            command.add(jar.toString());
            command.addAll(List.of(args));
            return new ProcessBuilder(command);
        }
        command.add(script.toString());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("JAVA", java);
        builder.environment().put("JAVA_OPTS", String.join(" ", options));
        builder.environment().put("TREND_REPORTS_JAR", jar.toString());
        return builder;
    }

    @Override
    public String toString() {
        return kind == Kind.JAR ? "java -jar " + jar : script + " (jar " + jar + ")";
    }
}
