package io.trendreports.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A {@link RunSnapshot} held in memory, for writer tests and the start-up warm-up. Reports are ordered by period like the
 * store orders them, and theme shares are summed from the records' {@code sharePct}.
 */
public final class InMemoryRunSnapshot implements RunSnapshot {

    private final RunInfo run;
    private final List<Theme> themes;
    private final List<InputFile> inputs;
    private final Map<String, List<TrendRecord>> recordsByReport = new LinkedHashMap<>();
    private final List<ReportInfo> reports = new ArrayList<>();

    public InMemoryRunSnapshot(RunInfo run, List<Theme> themes, List<TrendRecord> records,
                               List<InputFile> inputs) {
        this.run = run;
        this.themes = List.copyOf(themes);
        this.inputs = List.copyOf(inputs);
        records.stream()
                .sorted(Comparator.comparing(TrendRecord::period).thenComparing(TrendRecord::reportTitle)
                        .thenComparingInt(TrendRecord::sectionNo))
                .forEach(r -> recordsByReport.computeIfAbsent(r.reportId(), k -> new ArrayList<>()).add(r));
        int edition = 0;
        for (List<TrendRecord> rs : recordsByReport.values()) {
            TrendRecord first = rs.get(0);
            int words = rs.stream().mapToInt(TrendRecord::wordCount).sum();
            reports.add(new ReportInfo(first.reportId(), first.reportTitle(), first.period(), first.language(),
                    first.sourceFile(), first.sourceSha256(), rs.size(), words, ++edition, first.topic(),
                    first.topicLabel()));
        }
    }

    public InMemoryRunSnapshot(List<Theme> themes, List<TrendRecord> records) {
        this(new RunInfo("20260101-000000-test", Instant.parse("2026-01-01T00:00:00Z")), themes, records,
                inputsOf(records));
    }

    private static List<InputFile> inputsOf(List<TrendRecord> records) {
        Map<String, InputFile> byFile = new LinkedHashMap<>();
        for (TrendRecord r : records) {
            byFile.merge(r.sourceFile(), InputFile.processed(r.sourceFile(), r.sourceSha256(), 1),
                    (a, b) -> InputFile.processed(a.file(), a.sha256(), a.sections() + 1));
        }
        return List.copyOf(byFile.values());
    }

    @Override
    public RunInfo run() {
        return run;
    }

    @Override
    public List<ReportInfo> reports() {
        return List.copyOf(reports);
    }

    @Override
    public List<InputFile> inputs() {
        return inputs;
    }

    @Override
    public List<Theme> themes() {
        return themes;
    }

    @Override
    public List<TrendRecord> recordsOf(String reportId) {
        return List.copyOf(recordsByReport.getOrDefault(reportId, List.of()));
    }

    @Override
    public void forEachRecord(Consumer<TrendRecord> action) {
        recordsByReport.values().forEach(rs -> rs.forEach(action));
    }

    @Override
    public List<ThemeShare> themeShares() {
        Map<String, double[]> acc = new LinkedHashMap<>();
        for (List<TrendRecord> rs : recordsByReport.values()) {
            for (TrendRecord r : rs) {
                double[] a = acc.computeIfAbsent(r.themeId() + '\u0000' + r.reportId(), k -> new double[2]);
                a[0] += r.sharePct();
                a[1] += 1;
            }
        }
        List<ThemeShare> shares = new ArrayList<>();
        acc.forEach((k, a) -> {
            String[] parts = k.split("\u0000");
            shares.add(new ThemeShare(parts[0], parts[1], a[0], (int) a[1]));
        });
        return shares;
    }
}
