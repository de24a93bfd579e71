package io.trendreports;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.CountDownLatch;


import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;

import io.trendreports.cli.Command;
import io.trendreports.cli.CommandLineParser;
import io.trendreports.cli.ExitCodes;
import io.trendreports.cli.UsageException;
import io.trendreports.job.Failures;
import io.trendreports.job.remote.WorkerCommand;
import io.trendreports.launch.ExecutionTracker;
import io.trendreports.launch.HistoryCommand;
import io.trendreports.launch.RunCommand;
import io.trendreports.launch.RunOutcome;
import io.trendreports.launch.ScheduleCommand;
import io.trendreports.launch.StatusCommand;
import io.trendreports.warmup.StartupWarmUp;

/**
 * Entry point. The command line is checked before Spring starts, so usage errors are instant and
 * never print a stack trace; the exit code tells schedulers how the run ended.
 */
@SpringBootApplication
public class TrendReportsApplication {

    public static void main(String[] args) {
        System.exit(execute(true, args));
    }

    /**
     * Runs a command in this JVM, as tests do: without the start-up warm-up and with the usual
     * Spring start.
     */
    public static int execute(String... args) {
        return execute(false, args);
    }

    private static int execute(boolean fromMain, String... args) {
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
        try {
            StartupChecks.beforeSpring(command);
        } catch (EarlyExit e) {
            return report(e);
        }
        // the build's ahead-of-time processing calls main too: it gets neither
        boolean aotProcessing = Boolean.getBoolean("spring.aot.processing");
        boolean fast = fromMain && !aotProcessing;
        if (fast) {
            TunedRelaunch.endWithParent();
            OptionalInt relaunched = TunedRelaunch.run(command, args);
            if (relaunched.isPresent()) {
                return relaunched.getAsInt();
            }
        }
        SharedEmbeddedDatabase.loopbackOnly();
        if (fast) {
            AheadOfTimeContext.choose(command);
            if (command.name() == Command.Name.RUN) {
                QuickCompiler.forOneShotRun();
            }
        }
        ConfigurableApplicationContext context;
        try {
            SpringApplication app = new SpringApplication(TrendReportsApplication.class);
            // as soon as the settings are read, before the context is even created
            app.addListeners((ApplicationListener<ApplicationEnvironmentPreparedEvent>) event -> {
                if (aotProcessing) {
                    StartupChecks.absoluteOutput(event.getEnvironment());
                } else {
                    StartupChecks.apply(command, event.getEnvironment());
                }
            });
            if (fast) {
                app.addListeners(AheadOfTimeContext.offInRemoteMode());
            }
            if (fast && command.name() == Command.Name.RUN) {
                // only run: schedule's first run is hours away, and the other commands write no outputs
                app.addInitializers(ctx -> StartupWarmUp.startUnlessUpToDate(command.force(),
                        Path.of(ctx.getEnvironment().getProperty("trend.input", "input")),
                        Path.of(ctx.getEnvironment().getProperty("trend.output", "output"))));
            }
            // the run's own shutdown hook stops the job first; the context must outlive it
            app.setRegisterShutdownHook(false);
            List<String> springArgs = new ArrayList<>(command.springArgs());
            if (command.serve()) {
                // serve and schedule --serve have a web server; the others stay web-application-type none
                springArgs.add("--spring.main.web-application-type=servlet");
            } else {
                // decided here rather than guessed from the classpath, which holds the portal's web server
                app.setWebApplicationType(WebApplicationType.NONE);
            }
            context = app.run(springArgs.toArray(String[]::new));
            SharedEmbeddedDatabase.closeWithContextOnly();
        } catch (EarlyExit e) {
            return report(e);
        } catch (SpringApplication.AbandonedRunException e) {
            throw e; // the build's ahead-of-time processing stops here once it has the bean definitions
        } catch (RuntimeException e) {
            String reason = Failures.rootMessage(e);
            if (reason.contains("Database may be already in use") || reason.startsWith("The file is locked")) {
                // processes of trend-reports share the embedded database (AUTO_SERVER): this one is
                // held by a program that opened it for itself alone
                System.err.println("trend-reports: the embedded database is open in another program that does not"
                        + " share it (opened without AUTO_SERVER=TRUE in its URL, e.g. an H2 console); "
                        + (command.name() == Command.Name.RUN || command.name() == Command.Name.SCHEDULE
                        ? "this run did nothing" : "close that program and try again") + ": " + reason);
                return ExitCodes.FAILED;
            }
            System.err.println("trend-reports: " + command.name().name().toLowerCase(java.util.Locale.ROOT)
                    + " failed: cannot start: " + reason);
            return ExitCodes.FAILED;
        }
        CountDownLatch serveUntilSignal = new CountDownLatch(1);
        ShutdownGate gate = ShutdownGate.install(() -> {
            if (command.name() == Command.Name.SCHEDULE) {
                context.getBean(ScheduleCommand.class).requestStop();
            }
            serveUntilSignal.countDown();
        }, Duration.ofMinutes(3));
        try {
            try (context) {
                return switch (command.name()) {
                    case RUN -> exitCode(context.getBean(RunCommand.class).run(command.force()));
                    case SCHEDULE -> {
                        context.getBean(ScheduleCommand.class).schedule();
                        yield ExitCodes.OK;
                    }
                    case HISTORY -> {
                        context.getBean(HistoryCommand.class).history(command.limit(), System.out);
                        yield ExitCodes.OK;
                    }
                    case STATUS -> context.getBean(StatusCommand.class).status(System.out);
                    case SERVE -> serve(serveUntilSignal, context.getBean(ExecutionTracker.class));
                    case WORKER -> worker(serveUntilSignal, context.getBean(WorkerCommand.class));
                    case HELP -> ExitCodes.OK;
                };
            }
        } finally {
            if (fromMain) {
                SharedEmbeddedDatabase.closeBeforeExit();
            }
            gate.release();
        }
    }

    /**
     * Serves until SIGTERM or Ctrl-C. A run started from the portal is stopped by its own hook;
     * the context (and the database) closes only once that run has ended.
     */
    private static int serve(CountDownLatch untilSignal, ExecutionTracker runs) {
        try {
            untilSignal.await();
            runs.awaitEnd(Duration.ofMinutes(2));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return ExitCodes.OK;
    }

    /** Executes partitions for remote runs until SIGTERM or Ctrl-C (docs/scale-out.md). */
    private static int worker(CountDownLatch untilSignal, WorkerCommand worker) {
        try {
            if (!worker.work(untilSignal)) {
                System.err.println("trend-reports: worker needs remote mode: set trend.remote.enabled=true, a PostgreSQL"
                        + " spring.datasource.url and trend.remote.broker (see docs/scale-out.md)");
                return ExitCodes.USAGE;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return ExitCodes.OK;
    }

    /** What a command ended before its context with: results on standard output, errors on standard error. */
    private static int report(EarlyExit e) {
        if (e.exitCode() == ExitCodes.OK || e.exitCode() == ExitCodes.NO_FINISHED_RUN) {
            System.out.println(e.reason());
        } else {
            System.err.println("trend-reports: " + e.reason() + (e.exitCode() == ExitCodes.USAGE ? " (see --help)" : ""));
        }
        return e.exitCode();
    }

    static int exitCode(RunOutcome outcome) {
        switch (outcome.kind()) {
            case UP_TO_DATE -> System.out.println("trend-reports: " + outcome.message());
            case STOPPED, ALREADY_RUNNING, FAILED -> System.err.println("trend-reports: " + outcome.message());
            case INVALID_REQUEST -> System.err.println("trend-reports: " + outcome.message() + " (see --help)");
            default -> {
                // completed: the run's own log lines said it
            }
        }
        return outcome.exitCode();
    }
}
