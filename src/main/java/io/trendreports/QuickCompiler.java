package io.trendreports;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.management.JMException;
import javax.management.ObjectName;

/**
 * Keeps a one-shot run on the quick (C1) just-in-time compiler, as the start script does with
 * {@code -XX:TieredStopAtLevel=1}, for a JVM started with a plain {@code java -jar} that cannot
 * be given that flag. A nightly run is too short for the optimizing (C2) compiler to earn back its
 * threads' processor time on two cores: a method it would take is compiled by C1 without profiling
 * instead. The JVM's own diagnostic command adds the compiler directive at start-up; nothing
 * changes when the JVM was started with a JIT choice of its own ({@code -XX:TieredStopAtLevel},
 * {@code -XX:-TieredCompilation}, a directives file) or with {@code -Dtrend.jit=optimizing}.
 */
final class QuickCompiler {

    static final String PROPERTY = "trend.jit";
    private static final String DIRECTIVE = "[{match: \"*.*\", c2: {Exclude: true}}]";
    private static final List<String> OWN_CHOICE = List.of("-XX:TieredStopAtLevel", "-XX:-TieredCompilation",
            "-XX:CompilerDirectivesFile", "-Xint", "-Xcomp");

    private QuickCompiler() {
    }

    /**
     * Adds the directive on a thread of its own: the platform MBean server it goes through takes a
     * few hundred milliseconds to start, which Spring's start on the other core hides, and C2 takes
     * its first methods only later.
     */
    static void forOneShotRun() {
        if ("optimizing".equals(System.getProperty(PROPERTY))) {
            return;
        }
        Thread thread = new Thread(QuickCompiler::addDirective, "quick-compiler");
        thread.setDaemon(true);
        thread.start();
    }

    /** True when the directive was added; false when the JVM keeps its own choice or refused. */
    static boolean addDirective() {
        if (chosenAtLaunch()) {
            return false;
        }
        try {
            Path directive = Files.createTempFile("trend-reports-jit", ".json");
            try {
                Files.writeString(directive, DIRECTIVE);
                ManagementFactory.getPlatformMBeanServer().invoke(
                        new ObjectName("com.sun.management:type=DiagnosticCommand"), "compilerDirectivesAdd",
                        new Object[] {new String[] {directive.toString()}}, new String[] {String[].class.getName()});
                return true;
            } finally {
                Files.deleteIfExists(directive);
            }
        } catch (IOException | JMException | RuntimeException e) {
            // a JVM without the diagnostic command (or a read-only temp folder) runs as it is: slower, not wrong
            return false;
        }
    }

    private static boolean chosenAtLaunch() {
        return ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .anyMatch(arg -> OWN_CHOICE.stream().anyMatch(arg::startsWith));
    }
}
