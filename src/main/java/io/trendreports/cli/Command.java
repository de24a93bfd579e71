package io.trendreports.cli;

import java.util.List;

/**
 * A parsed command line.
 *
 * @param springArgs the options translated into Spring property arguments ({@code --trend.input=...})
 */
public record Command(Name name, boolean force, List<String> springArgs) {

    public enum Name { RUN, HELP }

    public Command {
        springArgs = List.copyOf(springArgs);
    }
}
