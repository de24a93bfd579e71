package io.trendreports.cli;

import java.util.List;

/**
 * A parsed command line.
 *
 * @param limit      how many runs {@code history} lists
 * @param springArgs the options translated into Spring property arguments ({@code --trend.input=...})
 * @param serve      whether the download portal is served too ({@code serve}, {@code schedule --serve})
 */
public record Command(Name name, boolean force, int limit, List<String> springArgs, boolean serve) {

    public enum Name { RUN, SCHEDULE, HISTORY, STATUS, SERVE, WORKER, HELP }

    public Command {
        springArgs = List.copyOf(springArgs);
        serve = serve || name == Name.SERVE;
    }

    public Command(Name name, boolean force, int limit, List<String> springArgs) {
        this(name, force, limit, springArgs, false);
    }
}
