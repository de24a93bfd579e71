package io.trendreports.pdf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import io.trendreports.model.ChangeKind;
import io.trendreports.model.OutputWriter;
import io.trendreports.model.ReportInfo;
import io.trendreports.model.RunSlice;
import io.trendreports.model.ThemeChange;
import io.trendreports.model.TrendRecord;
import io.trendreports.model.WrittenOutput;

/**
 * One PDF brief per report, {@code briefs/<reportId>.pdf}. The briefs of a slice are written one
 * after another on the calling thread, reading the records of one report at a time, so memory
 * stays bounded whatever the size of the run; the job spreads slices over threads or workers.
 */
public final class BriefWriter implements OutputWriter {

    public static final String KIND = "pdf-brief";
    public static final String DIR = "briefs";

    private final PdfSettings settings;
    private final LazyFonts fonts;

    public BriefWriter(PdfSettings settings) {
        this.settings = settings;
        this.fonts = new LazyFonts(settings.fallbackFonts());
    }

    @Override
    public String name() {
        return "briefs";
    }

    @Override
    public boolean perReport() {
        return true;
    }

    @Override
    public List<WrittenOutput> write(RunSlice slice, Path runDir) throws IOException {
        Path briefs = Files.createDirectories(runDir.resolve(DIR));
        BriefRenderer brief = new BriefRenderer(fonts.get(), settings);
        List<WrittenOutput> outputs = new ArrayList<>();
        Map<String, Set<String>> newThemes = newThemes(slice);
        for (ReportInfo report : slice.reports()) {
            List<TrendRecord> records = slice.run().recordsOf(report.reportId());
            String fileName = fileNameOf(report.reportId());
            Map<String, Long> counters = brief.render(slice.run().run(), report, records,
                    newThemes.getOrDefault(report.reportId(), Set.of()), briefs.resolve(fileName));
            outputs.add(new WrittenOutput(DIR + "/" + fileName, KIND, records.size(), counters));
        }
        return outputs;
    }

    /**
     * For each report of the slice, the themes the model's change measure calls new against the
     * previous edition of its topic; worked out once per slice, not once per brief.
     */
    private static Map<String, Set<String>> newThemes(RunSlice slice) {
        Set<String> wanted = new HashSet<>();
        slice.reports().forEach(r -> wanted.add(r.reportId()));
        Map<String, Set<String>> themes = new HashMap<>();
        for (ThemeChange change : slice.run().changes()) {
            if (change.kind() == ChangeKind.NEW && wanted.contains(change.toReportId())) {
                themes.computeIfAbsent(change.toReportId(), k -> new HashSet<>()).add(change.themeId());
            }
        }
        return themes;
    }

    /** The brief's path in a run folder, relative and with forward slashes, as the manifest lists it. */
    public static String pathOf(String reportId) {
        return DIR + "/" + fileNameOf(reportId);
    }

    /** Report ids are slugs already; this only guards the file system against a bad one. */
    static String fileNameOf(String reportId) {
        String safe = reportId == null ? "" : reportId.replaceAll("[^A-Za-z0-9._-]", "-");
        safe = safe.replaceAll("^[.-]+", "");
        return (safe.isEmpty() ? "report" : safe) + ".pdf";
    }
}
