package io.trendreports.notify;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.trendreports.model.ChangeKind;
import io.trendreports.model.ReportInfo;
import io.trendreports.model.RunSnapshot;
import io.trendreports.model.ThemeChange;
import io.trendreports.publish.Manifest;

/**
 * What changed, in a few short lines for a person: the input files added, changed, removed and
 * rejected since the run before, then the largest theme movements into the newest edition of
 * each series of reports.
 */
public final class ChangeSummary {

    /** Theme movements told, the largest first; the digest and the workbook have them all. */
    static final int THEME_LINES = 5;

    private ChangeSummary() {
    }

    /**
     * @param previous the manifest of the run {@code latest} pointed at before this one, if kept
     * @param snapshot the run's records, for the theme movements; empty to leave them out
     */
    public static List<String> lines(Manifest current, Optional<Manifest> previous, Optional<RunSnapshot> snapshot) {
        List<String> lines = new ArrayList<>(inputLines(current, previous));
        snapshot.ifPresent(s -> lines.addAll(themeLines(s)));
        return lines;
    }

    private static List<String> inputLines(Manifest current, Optional<Manifest> previous) {
        List<String> lines = new ArrayList<>();
        Map<String, Manifest.Input> before = new LinkedHashMap<>();
        previous.ifPresent(p -> inputs(p).forEach(i -> before.put(i.file(), i)));
        Set<String> now = new HashSet<>();
        for (Manifest.Input in : inputs(current)) {
            now.add(in.file());
            Manifest.Input old = before.get(in.file());
            if ("rejected".equals(in.status())) {
                lines.add("rejected: " + in.file() + " (" + in.reason() + ")");
            } else if (previous.isPresent() && old == null) {
                lines.add("new: " + in.file());
            } else if (old != null && !old.sha256().equals(in.sha256())) {
                lines.add("changed: " + in.file());
            }
        }
        before.keySet().stream().filter(f -> !now.contains(f)).forEach(f -> lines.add("removed: " + f));
        if (previous.isPresent() && lines.isEmpty()) {
            lines.add("inputs unchanged since run " + previous.get().runId());
        }
        return lines;
    }

    private static List<Manifest.Input> inputs(Manifest m) {
        return m.inputs() == null ? List.of() : m.inputs();
    }

    /** The movements into editions that no later edition follows: where each series stands now. */
    private static List<String> themeLines(RunSnapshot snapshot) {
        List<ThemeChange> changes = snapshot.changes();
        Set<String> followed = new HashSet<>();
        changes.forEach(c -> followed.add(c.fromReportId()));
        Map<String, String> titles = new LinkedHashMap<>();
        for (ReportInfo r : snapshot.reports()) {
            titles.put(r.reportId(), r.title());
        }
        return changes.stream()
                .filter(c -> c.kind() != ChangeKind.STEADY && !followed.contains(c.toReportId()))
                .sorted(Comparator.comparingDouble((ThemeChange c) -> -Math.abs(c.deltaPct())))
                .limit(THEME_LINES)
                .map(c -> String.format(Locale.ROOT, "%s %s in \"%s\" (after \"%s\"): %s",
                        snapshot.themeLabel(c.themeId()), c.kind().label().toLowerCase(Locale.ROOT),
                        titles.getOrDefault(c.toReportId(), c.toReportId()),
                        titles.getOrDefault(c.fromReportId(), c.fromReportId()), c.reason()))
                .toList();
    }
}
