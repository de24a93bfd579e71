package io.trendreports.portal;

import java.util.Locale;

/**
 * What the progress page says about a run started from the portal, in the portal's words: a
 * command-line hint such as {@code --force} means nothing to a web user, and a run that did
 * nothing is not a green "Finished" above a table of another run's steps.
 *
 * @param tone      {@code ok}, {@code info}, {@code warn} or {@code bad}: the notice's colour
 * @param headline  one line
 * @param detail    what happened and what to do, or empty
 * @param showSteps whether the steps of the run belong under the notice (only for a run that ran)
 * @param runLink   the published run to open, or null
 */
public record LaunchNotice(String tone, String headline, String detail, boolean showSteps, String runLink) {

    /** The name of the page's checkbox that runs even when nothing changed. */
    static final String FORCE_LABEL = "even if nothing changed";

    static LaunchNotice of(RunTrigger.Result result) {
        String runId = result.runId() == null ? "" : result.runId();
        String message = result.message() == null ? "" : result.message();
        return switch (result.outcome() == null ? "" : result.outcome().toUpperCase(Locale.ROOT)) {
            case "COMPLETED" -> new LaunchNotice("ok", "Finished: run " + runId + " is published.", "", true, runId);
            case "COMPLETED_WITH_REJECTIONS" -> new LaunchNotice("warn",
                    "Finished: run " + runId + " is published, but some inputs were rejected.",
                    "The run page lists each rejected file with the reason.", true, runId);
            case "UP_TO_DATE" -> new LaunchNotice("info", "Nothing to do: no new run was made.",
                    "The input files and the configuration are the same as for run " + runId
                            + ", which is already published. To run again anyway, tick \u201C" + FORCE_LABEL
                            + "\u201D and press Run now.", false, runId.isEmpty() ? null : runId);
            case "ALREADY_RUNNING" -> new LaunchNotice("warn", "Not started: another run is in progress.",
                    "Wait for it to finish, then try again.", false, null);
            case "INVALID_REQUEST" -> new LaunchNotice("bad", "Not started: the run could not begin.", message, false,
                    null);
            case "STOPPED" -> new LaunchNotice("warn", "Stopped before the end: nothing new was published.",
                    "The next run resumes where this one stopped.", true, null);
            default -> new LaunchNotice("bad", "Failed: nothing new was published.", message, true, null);
        };
    }
}
