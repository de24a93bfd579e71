package io.trendreports;

import org.springframework.aot.AotDetector;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.SpringProperties;

import io.trendreports.cli.Command;

/**
 * Chooses between the bean definitions the build generated ahead of time (Spring AOT, the
 * {@code process-aot} goal) and the usual start that scans the classpath and evaluates the
 * auto-configuration conditions. The generated ones describe the command-line context, the one
 * {@code run}, {@code schedule}, {@code history} and {@code status} share: those commands use
 * them, which saves a good part of Spring's start. {@code serve} has a web server and other beans,
 * so it always starts the usual way, and so do {@code worker} and any command in remote mode
 * ({@code trend.remote.enabled=true}), whose partitioning beans the build-time context does not hold.
 *
 * <p>{@code -Dspring.aot.enabled=false} turns it off, e.g. when a {@code spring.*} setting that
 * switches an auto-configuration on or off must be honoured (the generated definitions fixed those
 * at build time).
 */
final class AheadOfTimeContext {

    private static final String INITIALIZER = TrendReportsApplication.class.getSimpleName()
            + "__ApplicationContextInitializer.class";

    private AheadOfTimeContext() {
    }

    static void choose(Command command) {
        if (command.serve() || command.name() == Command.Name.WORKER) {
            SpringProperties.setProperty(AotDetector.AOT_ENABLED, "false");
        } else if (System.getProperty(AotDetector.AOT_ENABLED) == null && generated()) {
            SpringProperties.setProperty(AotDetector.AOT_ENABLED, "true");
        }
    }

    /**
     * Remote mode is a setting (command line, environment, configuration file) known only once
     * the environment is prepared, which Spring does before it decides how to build the context.
     */
    static ApplicationListener<ApplicationEnvironmentPreparedEvent> offInRemoteMode() {
        return event -> {
            if (event.getEnvironment().getProperty("trend.remote.enabled", Boolean.class, false)) {
                SpringProperties.setProperty(AotDetector.AOT_ENABLED, "false");
            }
        };
    }

    /** False in a build that has not run {@code process-aot}, e.g. the unit tests' classpath. */
    static boolean generated() {
        return TrendReportsApplication.class.getResource(INITIALIZER) != null;
    }
}
