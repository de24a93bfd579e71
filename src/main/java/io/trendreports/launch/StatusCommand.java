package io.trendreports.launch;

import java.io.PrintStream;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import org.springframework.stereotype.Component;

import io.trendreports.cli.ExitCodes;
import io.trendreports.settings.TrendProperties;

/**
 * The monitoring probe: the last finished run in one line and an exit code that says how it
 * ended. A run in progress is said first and judged by the run before it; a run whose process was
 * killed is not taken for one in progress (the run lock is free); and an output folder where no
 * run has finished yet has a code of its own, so a probe tells it apart from a failure.
 */
@Component
public class StatusCommand {

    /** Attempts looked through for the last finished one behind runs in progress or interrupted. */
    private static final int LOOK_BACK = 50;

    private final HistoryCommand history;
    private final TrendProperties properties;
    private final DataSource dataSource;

    public StatusCommand(HistoryCommand history, TrendProperties properties, DataSource dataSource) {
        this.history = history;
        this.properties = properties;
        this.dataSource = dataSource;
    }

    public int status(PrintStream out) {
        List<HistoryCommand.RunLine> lines = history.lines(LOOK_BACK);
        if (lines.isEmpty()) {
            out.println("no runs yet in " + properties.output());
            return ExitCodes.NO_FINISHED_RUN;
        }
        HistoryCommand.RunLine newest = lines.get(0);
        if (newest.status().isRunning()) {
            if (!RunLock.isHeld(properties.output(), dataSource)) {
                out.println("last run " + newest.runId() + ": interrupted (started " + newest.started()
                        + " UTC; its process is gone, the next run resumes it), not published");
                return ExitCodes.FAILED;
            }
            out.println("run " + newest.runId() + " in progress, started " + newest.started() + " UTC");
            Optional<HistoryCommand.RunLine> finished = lines.stream().filter(l -> !l.status().isRunning())
                    .findFirst();
            if (finished.isEmpty()) {
                out.println("no run has finished yet in " + properties.output());
                return ExitCodes.NO_FINISHED_RUN;
            }
            newest = finished.get();
        }
        out.println(newest.oneLine());
        return newest.completed() ? ExitCodes.OK : ExitCodes.FAILED;
    }
}
