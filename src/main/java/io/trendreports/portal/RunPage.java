package io.trendreports.portal;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.trendreports.csv.CsvWriter;
import io.trendreports.pdf.BriefWriter;
import io.trendreports.pdf.DigestWriter;
import io.trendreports.xlsx.WorkbookWriter;

import io.trendreports.publish.Manifest;

/**
 * What the run page shows: a heading a person recognises (the day of the run and what it holds,
 * not the run id), the briefs with their report's title and period, the run-wide files (digest,
 * workbook, CSV, manifest) and the rejected inputs.
 *
 * @param heading the run's date, "1 December 2026"
 * @param holds   what the run holds, "2 reports on 1 topic, 17 sections"
 */
public record RunPage(PublishedRun run, boolean latest, String heading, String holds, String started, String finished,
               String duration, List<Brief> briefs, List<FileLink> files, List<Manifest.Input> rejected) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    /** @param pages from the writer's counters, 0 if unknown */
    public record Brief(String path, String title, String period, long sections, long pages, String size, String sha256) {
    }

    public record FileLink(String path, String label, String size, String sha256) {
    }

    static RunPage of(PublishedRun run, List<SectionRow> sections, boolean latest) {
        Map<String, SectionRow> firstByReport = new LinkedHashMap<>();
        sections.forEach(s -> firstByReport.putIfAbsent(s.reportId(), s));
        List<Brief> briefs = new ArrayList<>();
        for (Manifest.Output o : run.briefs()) {
            String reportId = o.path().substring(o.path().lastIndexOf('/') + 1).replaceFirst("\\.pdf$", "");
            SectionRow report = firstByReport.get(reportId);
            long pages = o.counters() == null ? 0 : o.counters().getOrDefault("pages", 0L);
            briefs.add(new Brief(o.path(), report == null ? reportId : report.reportTitle(),
                    report == null ? "" : report.period(), o.records(), pages, size(o.bytes()), o.sha256()));
        }
        List<FileLink> files = new ArrayList<>();
        for (Manifest.Output o : run.outputs()) {
            if (!BriefWriter.KIND.equals(o.kind())) {
                files.add(new FileLink(o.path(), label(o), size(o.bytes()), o.sha256()));
            }
        }
        files.add(new FileLink(PublishedRun.MANIFEST, "Manifest: inputs, outputs and checksums",
                size(run.manifestBytes()), run.manifestSha256()));
        Manifest m = run.manifest();
        String duration = m.startedAt() == null || m.finishedAt() == null ? "-"
                : RunRows.format(java.time.Duration.between(m.startedAt(), m.finishedAt()));
        String heading = m.startedAt() == null ? "Run " + run.runId() : DAY.format(m.startedAt());
        return new RunPage(run, latest, heading, holds(sections, m), RunRows.time(m.startedAt()),
                RunRows.time(m.finishedAt()), duration, briefs, files, run.rejected());
    }

    /** "2 reports on 1 topic, 17 sections", from the published sections; topics only once known. */
    static String holds(List<SectionRow> sections, Manifest manifest) {
        Set<String> reports = new LinkedHashSet<>();
        Set<String> topics = new LinkedHashSet<>();
        for (SectionRow s : sections) {
            reports.add(s.reportId());
            if (!s.topic().isEmpty()) {
                topics.add(s.topic());
            }
        }
        long count = sections.isEmpty() ? manifest.totals().processed() : reports.size();
        long records = sections.isEmpty() ? manifest.totals().records() : sections.size();
        String text = count + (count == 1 ? " report" : " reports");
        if (!topics.isEmpty()) {
            text += " on " + topics.size() + (topics.size() == 1 ? " topic" : " topics");
        }
        return text + ", " + records + (records == 1 ? " section" : " sections");
    }

    private static String label(Manifest.Output o) {
        return switch (o.kind()) {
            case DigestWriter.KIND -> "Digest of all reports (PDF)";
            case WorkbookWriter.KIND -> "Comparison workbook (Excel)";
            case CsvWriter.SECTIONS_KIND -> "Sections, one row per record (CSV)";
            case CsvWriter.THEMES_KIND -> "Theme shares per report (CSV)";
            case CsvWriter.ENTITIES_KIND -> "Entity mentions per report (CSV)";
            default -> o.kind();
        };
    }

    static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
    }
}
