package io.trendreports.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Parses the command line: {@code run}, {@code schedule}, {@code history}, {@code status},
 * {@code serve}, {@code worker} and {@code --help}. Spring-style property flags ({@code --trend.pdf.page-size=LETTER},
 * {@code --spring.datasource.url=...}, {@code --logging.level.root=INFO}) pass through, so any
 * configuration key can be overridden for one invocation.
 */
public final class CommandLineParser {

    private static final List<String> PROPERTY_PREFIXES = List.of("--trend.", "--spring.", "--logging.",
            "--server.");
    private static final int DEFAULT_HISTORY_LIMIT = 20;

    public Command parse(String... args) throws UsageException {
        if (args.length == 0) {
            throw new UsageException("no command given");
        }
        for (String arg : args) {
            if (arg.equals("--help") || arg.equals("-h") || arg.equals("help")) {
                return new Command(Command.Name.HELP, false, 0, List.of());
            }
        }
        Command.Name name = commandName(args[0]);
        Set<String> allowed = switch (name) {
            case RUN -> Set.of("--input", "--output", "--force");
            case SCHEDULE -> Set.of("--input", "--output", "--serve");
            case SERVE -> Set.of("--input", "--output");
            case HISTORY -> Set.of("--output", "--limit");
            case WORKER -> Set.of();
            default -> Set.of("--output");
        };
        boolean force = false;
        boolean serve = false;
        int limit = DEFAULT_HISTORY_LIMIT;
        List<String> springArgs = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            String option = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            if (PROPERTY_PREFIXES.stream().anyMatch(arg::startsWith) && arg.contains("=")) {
                springArgs.add(arg);
                continue;
            }
            if (!allowed.contains(option)) {
                throw new UsageException(arg.startsWith("-") ? "unknown option " + option + " for " + args[0]
                        : "unexpected argument " + arg);
            }
            switch (option) {
                case "--force" -> {
                    if (arg.contains("=")) {
                        throw new UsageException("option --force takes no value");
                    }
                    force = true;
                }
                case "--serve" -> {
                    if (arg.contains("=")) {
                        throw new UsageException("option --serve takes no value");
                    }
                    serve = true;
                }
                case "--input" -> springArgs.add("--trend.input=" + value(arg, option, "DIR"));
                case "--output" -> springArgs.add("--trend.output=" + value(arg, option, "DIR"));
                case "--limit" -> limit = positive(value(arg, option, "N"));
                default -> throw new UsageException("unknown option " + option);
            }
        }
        return new Command(name, force, limit, springArgs, serve);
    }

    private static Command.Name commandName(String word) throws UsageException {
        if (word.startsWith("-")) {
            throw new UsageException("no command given before " + word);
        }
        try {
            Command.Name name = Command.Name.valueOf(word.toUpperCase(Locale.ROOT));
            if (name != Command.Name.HELP) {
                return name;
            }
        } catch (IllegalArgumentException e) {
            // fall through to the error below
        }
        throw new UsageException("unknown command '" + word + "'");
    }

    private static String value(String arg, String option, String placeholder) throws UsageException {
        String v = arg.contains("=") ? arg.substring(option.length() + 1) : "";
        if (v.isBlank()) {
            throw new UsageException("option " + option + " needs a value: " + option + "=" + placeholder);
        }
        return v;
    }

    private static int positive(String v) throws UsageException {
        try {
            int n = Integer.parseInt(v);
            if (n > 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException("option --limit needs a positive number, not '" + v + "'");
    }

    public static String usage() {
        return """
                Usage: java -jar trend-reports.jar run      [--input=DIR] [--output=DIR] [--force] [--trend.KEY=VALUE ...]
                       java -jar trend-reports.jar schedule [--input=DIR] [--output=DIR] [--serve] [--trend.KEY=VALUE ...]
                       java -jar trend-reports.jar history  [--output=DIR] [--limit=N]
                       java -jar trend-reports.jar status   [--output=DIR]
                       java -jar trend-reports.jar serve    [--input=DIR] [--output=DIR] [--server.port=N]
                       java -jar trend-reports.jar worker   --trend.remote.enabled=true [--trend.KEY=VALUE ...]
                       java -jar trend-reports.jar --help

                Commands:
                  run        Turn every source report in the input folder into a published run:
                             OUTPUT/runs/<run-id>/ (PDF briefs, digest, workbook, CSV, manifest.json)
                             and OUTPUT/latest pointing at it. Does nothing if the inputs and the
                             configuration are those of the latest run; resumes a failed or stopped run.
                  schedule   Stay running and start a run at every time of trend.schedule.cron
                             (default 02:00 every day), never two at once; with --serve it also
                             serves the download portal (as serve does).
                  history    List past runs from the job repository, newest first.
                  status     Print the last finished run in one line (exit 0 if it completed, 1 if not;
                             see the exit codes). Like history it creates nothing.
                  serve      Start the download portal (sign-in required, trend.portal.users) on
                             127.0.0.1:8080 (server.address, server.port) until stopped.
                  worker     Remote mode (trend.remote.enabled=true): execute the ingest and brief
                             partitions that runs send over RabbitMQ (trend.remote.broker), against
                             the shared PostgreSQL database, until stopped. Start any number, on
                             any machines that see the input and output folders at the same paths.

                Options:
                  --input=DIR    Folder of source reports (default: trend.input in config/application.yml)
                  --output=DIR   Output folder (default: trend.output in config/application.yml)
                  --force        Run even if the inputs and configuration are unchanged
                  --limit=N      Runs listed by history (default 20)
                  --serve        schedule: serve the download portal too
                  --trend.KEY=V, --spring.KEY=V, --logging.KEY=V, --server.KEY=V
                                 Override any configuration key
                  -h, --help     Show this help

                Exit codes:
                  0  completed, every input accepted (or inputs unchanged: nothing to do)
                  1  run failed (status: the last run failed, stopped or was interrupted); nothing published
                  2  usage error (unknown option, missing input folder, unreadable configuration file)
                  3  completed and published, but some inputs were rejected (see manifest.json)
                  4  another run is in progress; this one did nothing
                  5  stopped on request (SIGTERM); the next run resumes it
                  6  completed and published, but the input folder held no source reports (an empty run)
                  7  status, history: the output folder does not exist (nothing was created)
                  8  status: no run has finished in this output folder yet
                """;
    }
}
