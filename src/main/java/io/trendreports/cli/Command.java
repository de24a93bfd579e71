package io.trendreports.cli;

import java.util.List;

/**
 * A parsed command line.
 *
 * @param limit      how many runs {@code history} lists
 * @param springArgs the options translated into Spring property arguments ({@code --trend.input=...})
 */
public record Command(Name name, boolean force, int limit, List<String> springArgs) {

    public enum Name { RUN, SCHEDULE, HISTORY, STATUS, SERVE, HELP }

    public Command {
        springArgs = List.copyOf(springArgs);
    }
}
