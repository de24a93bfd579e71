package io.trendreports.pdf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import io.trendreports.model.ChangeKind;
import io.trendreports.model.OutputWriter;
import io.trendreports.model.ReportInfo;
import io.trendreports.model.RunSlice;
import io.trendreports.model.RunSnapshot;
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
        for (ReportInfo report : slice.reports()) {
            List<TrendRecord> records = slice.run().recordsOf(report.reportId());
            String fileName = fileNameOf(report.reportId());
            Map<String, Long> counters = brief.render(slice.run().run(), report, records,
                    newThemes(slice.run(), report), briefs.resolve(fileName));
            outputs.add(new WrittenOutput(DIR + "/" + fileName, KIND, records.size(), counters));
        }
        return outputs;
    }

    /**
     * The brief shows its report, its records and the themes new against the previous edition,
     * and of the run only its id and time, which are left out so that an unchanged report's
     * brief can be carried over.
     */
    @Override
    public Optional<String> reuseKey(RunSlice slice, ReportInfo report) {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            return Optional.empty();
        }
        // the edition number is left out: the brief does not show it, and an older edition added
        // to the folder renumbers every later one
        ReportInfo shown = new ReportInfo(report.reportId(), report.title(), report.period(), report.language(),
                report.sourceFile(), report.sourceSha256(), report.sections(), report.words(), 0, report.topic(),
                report.topicLabel(), report.remembered());
        digest.update(shown.toString().getBytes(StandardCharsets.UTF_8));
        for (TrendRecord record : slice.run().recordsOf(report.reportId())) {
            digest.update(record.toString().getBytes(StandardCharsets.UTF_8));
        }
        digest.update(new TreeSet<>(newThemes(slice.run(), report)).toString().getBytes(StandardCharsets.UTF_8));
        digest.update(settings.toString().getBytes(StandardCharsets.UTF_8));
        return Optional.of(HexFormat.of().formatHex(digest.digest()));
    }

    /**
     * The themes the model's change measure calls new in the report against the previous edition
     * of its topic.
     */
    private static Set<String> newThemes(RunSnapshot run, ReportInfo report) {
        Set<String> themes = new HashSet<>();
        for (ThemeChange change : run.changesTo(report.reportId())) {
            if (change.kind() == ChangeKind.NEW) {
                themes.add(change.themeId());
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
