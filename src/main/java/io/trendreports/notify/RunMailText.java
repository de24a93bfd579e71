package io.trendreports.notify;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import io.trendreports.job.Durations;

/** The subject and plain text of the e-mail about one run. */
final class RunMailText {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    private RunMailText() {
    }

    static String subject(RunReport r) {
        String id = r.runId() == null || r.runId().isEmpty() ? "" : " " + r.runId();
        return switch (r.outcome()) {
            case "COMPLETED" -> "trend-reports: run" + id + " published, " + reports(r.totals().processed());
            case "COMPLETED_WITH_REJECTIONS" -> "trend-reports: run" + id + " published, "
                    + reports(r.totals().processed()) + ", " + r.totals().rejected() + " rejected";
            case "COMPLETED_EMPTY" -> "trend-reports: run" + id + " published an empty run (no input files)";
            default -> "trend-reports: run" + id + " FAILED";
        };
    }

    /**
     * @param digestAttached whether the digest goes with the message
     * @param forOperators   operators are also told how a failure can be fixed
     */
    static String body(RunReport r, PortalLinks links, boolean digestAttached, boolean forOperators) {
        StringBuilder text = new StringBuilder();
        text.append(r.message()).append("\n\n");
        if (r.startedAt() != null) {
            text.append("Started ").append(TIME.format(r.startedAt()));
            if (r.finishedAt() != null) {
                text.append(", ").append(r.published() ? "published " : "ended ").append(TIME.format(r.finishedAt()))
                        .append(" (").append(Durations.format(r.duration())).append(")");
            }
            text.append(".\n");
        }
        if (r.published()) {
            text.append(String.format(Locale.ROOT, "%d inputs: %d processed, %d rejected; %d records.%n",
                    r.totals().inputs(), r.totals().processed(), r.totals().rejected(), r.totals().records()));
        }
        if (!r.changes().isEmpty()) {
            text.append("\nWhat changed:\n");
            r.changes().forEach(line -> text.append("- ").append(line).append('\n'));
        }
        if (r.published()) {
            text.append('\n');
            if (digestAttached) {
                text.append("The digest is attached (digest.pdf).\n");
            }
            if (links.known()) {
                if (!digestAttached) {
                    text.append("Digest: ").append(links.digest(r.runId())).append('\n');
                }
                text.append("Run page: ").append(links.run(r.runId())).append('\n');
            } else {
                text.append("Published to ").append(r.publishedDir()).append('\n');
            }
        } else if (forOperators) {
            text.append("\nNothing new was published; latest still points at the run before. Once the cause is fixed,"
                    + " the next run resumes this one (or starts anew if the inputs changed).\n");
        }
        return text.toString();
    }

    private static String reports(int n) {
        return n + (n == 1 ? " report" : " reports");
    }
}
