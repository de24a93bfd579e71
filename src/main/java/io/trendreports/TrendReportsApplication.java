package io.trendreports;

import java.nio.file.Path;
import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import io.trendreports.cli.Command;
import io.trendreports.cli.CommandLineParser;
import io.trendreports.cli.ExitCodes;
import io.trendreports.cli.UsageException;
import io.trendreports.job.RunCommand;
import io.trendreports.job.RunOutcome;

/**
 * Entry point. The command line is checked before Spring starts, so usage errors are instant and
 * never print a stack trace; the exit code tells schedulers how the run ended.
 */
@SpringBootApplication
public class TrendReportsApplication {

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    public static int execute(String... args) {
        Command command;
        try {
            command = new CommandLineParser().parse(args);
        } catch (UsageException e) {
            System.err.println("trend-reports: " + e.getMessage() + " (see --help)");
            return ExitCodes.USAGE;
        }
        if (command.name() == Command.Name.HELP) {
            System.out.print(CommandLineParser.usage());
            return ExitCodes.OK;
        }
        ConfigurableApplicationContext context;
        try {
            SpringApplication app = new SpringApplication(TrendReportsApplication.class);
            app.addInitializers(ctx -> absolutizePaths(ctx.getEnvironment()));
            // the run's own shutdown hook stops the job first; the context must outlive it
            app.setRegisterShutdownHook(false);
            context = app.run(command.springArgs().toArray(String[]::new));
        } catch (RuntimeException e) {
            String reason = rootMessage(e);
            if (reason.contains("Database may be already in use")) {
                // the embedded database admits one process: another run holds it
                System.err.println("trend-reports: another run is in progress (its embedded database is open)");
                return ExitCodes.ALREADY_RUNNING;
            }
            System.err.println("trend-reports: run failed: cannot start: " + reason);
            return ExitCodes.FAILED;
        }
        try (context) {
            RunOutcome outcome = context.getBean(RunCommand.class).run(command.force());
            return exitCode(outcome);
        }
    }

    static int exitCode(RunOutcome outcome) {
        switch (outcome.kind()) {
            case COMPLETED, UP_TO_DATE -> {
                if (outcome.kind() == RunOutcome.Kind.UP_TO_DATE) {
                    System.out.println("trend-reports: " + outcome.message());
                }
                return ExitCodes.OK;
            }
            case COMPLETED_WITH_REJECTIONS -> {
                return ExitCodes.COMPLETED_WITH_REJECTIONS;
            }
            case STOPPED -> {
                System.err.println("trend-reports: " + outcome.message());
                return ExitCodes.STOPPED;
            }
            case ALREADY_RUNNING -> {
                System.err.println("trend-reports: " + outcome.message());
                return ExitCodes.ALREADY_RUNNING;
            }
            case INVALID_REQUEST -> {
                System.err.println("trend-reports: " + outcome.message() + " (see --help)");
                return ExitCodes.USAGE;
            }
            default -> {
                System.err.println("trend-reports: " + outcome.message());
                return ExitCodes.FAILED;
            }
        }
    }

    /**
     * The embedded database lives under the output folder and H2 refuses relative paths, so the
     * folders are made absolute before any bean reads them.
     */
    private static void absolutizePaths(ConfigurableEnvironment env) {
        String output = env.getProperty("trend.output", "output");
        String input = env.getProperty("trend.input", "input");
        env.getPropertySources().addFirst(new MapPropertySource("trend-absolute-paths", Map.of(
                "trend.output", Path.of(output).toAbsolutePath().normalize().toString(),
                "trend.input", Path.of(input).toAbsolutePath().normalize().toString())));
    }

    private static String rootMessage(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return message.lines().findFirst().orElse(message);
    }
}
