package io.trendreports.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * Parses {@code run [--input=DIR] [--output=DIR] [--force]} and {@code --help}. Spring-style
 * property flags ({@code --trend.pdf.page-size=LETTER}, {@code --spring.datasource.url=...},
 * {@code --logging.level.root=INFO}) pass through, so any configuration key can be overridden for one run.
 */
public final class CommandLineParser {

    private static final List<String> PROPERTY_PREFIXES = List.of("--trend.", "--spring.", "--logging.");

    public Command parse(String... args) throws UsageException {
        if (args.length == 0) {
            throw new UsageException("no command given");
        }
        for (String arg : args) {
            if (arg.equals("--help") || arg.equals("-h") || arg.equals("help")) {
                return new Command(Command.Name.HELP, false, List.of());
            }
        }
        if (!args[0].equals("run")) {
            throw new UsageException(args[0].startsWith("-") ? "no command given before " + args[0]
                    : "unknown command '" + args[0] + "'");
        }
        boolean force = false;
        List<String> springArgs = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            if (arg.startsWith("--input=")) {
                springArgs.add("--trend.input=" + value(arg, "--input"));
            } else if (arg.startsWith("--output=")) {
                springArgs.add("--trend.output=" + value(arg, "--output"));
            } else if (arg.equals("--force")) {
                force = true;
            } else if (arg.equals("--input") || arg.equals("--output")) {
                throw new UsageException("option " + arg + " needs a value: " + arg + "=DIR");
            } else if (PROPERTY_PREFIXES.stream().anyMatch(arg::startsWith) && arg.contains("=")) {
                springArgs.add(arg);
            } else {
                throw new UsageException(arg.startsWith("-") ? "unknown option " + arg : "unexpected argument " + arg);
            }
        }
        return new Command(Command.Name.RUN, force, springArgs);
    }

    private static String value(String arg, String option) throws UsageException {
        String v = arg.substring(option.length() + 1);
        if (v.isBlank()) {
            throw new UsageException("option " + option + " needs a value: " + option + "=DIR");
        }
        return v;
    }

    public static String usage() {
        return """
                Usage: java -jar trend-reports.jar run [--input=DIR] [--output=DIR] [--force] [--trend.KEY=VALUE ...]
                       java -jar trend-reports.jar --help

                Commands:
                  run            Turn every source report in the input folder into a published run:
                                 OUTPUT/runs/<run-id>/ (PDF briefs, digest, workbook, CSV, manifest.json)
                                 and OUTPUT/latest pointing at it.

                Options:
                  --input=DIR    Folder of source reports (default: trend.input in config/application.yml)
                  --output=DIR   Output folder (default: trend.output in config/application.yml)
                  --force        Run even if the same inputs were already published today
                  --trend.KEY=V, --spring.KEY=V, --logging.KEY=V
                                 Override any configuration key for this run
                  -h, --help     Show this help

                Exit codes:
                  0  completed, every input accepted (or inputs unchanged: nothing to do)
                  1  run failed; nothing published, latest unchanged
                  2  usage error (unknown option, missing input folder)
                  3  completed and published, but some inputs were rejected (see manifest.json)
                  4  another run with the same inputs is in progress
                """;
    }
}
