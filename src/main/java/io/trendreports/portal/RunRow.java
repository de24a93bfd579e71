package io.trendreports.portal;

/**
 * One line of the runs page.
 *
 * @param status    lower-case status as shown (completed, failed, stopped, running, ...)
 * @param published whether the run's folder is kept under {@code runs/} (the row links to it)
 */
public record RunRow(String runId, String started, String duration, String status, String processed, String rejected,
              boolean published, boolean latest) {

    /** CSS modifier of the status badge. */
    public String badge() {
        return switch (status) {
            case "completed" -> "0".equals(rejected) || "-".equals(rejected) ? "ok" : "warn";
            case "failed" -> "bad";
            case "started", "starting", "stopping", "running" -> "running";
            default -> "muted";
        };
    }
}
