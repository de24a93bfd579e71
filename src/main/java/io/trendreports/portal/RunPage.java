package io.trendreports.portal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.trendreports.csv.CsvWriter;
import io.trendreports.pdf.BriefWriter;
import io.trendreports.pdf.DigestWriter;
import io.trendreports.xlsx.WorkbookWriter;

import io.trendreports.publish.Manifest;

/**
 * What the run page shows: the briefs with their report's title and period, the run-wide files
 * (digest, workbook, CSV, manifest) and the rejected inputs.
 */
public record RunPage(PublishedRun run, boolean latest, String started, String finished, String duration,
               List<Brief> briefs, List<FileLink> files, List<Manifest.Input> rejected) {

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
        return new RunPage(run, latest, RunRows.time(m.startedAt()), RunRows.time(m.finishedAt()), duration, briefs,
                files, run.rejected());
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
