package io.trendreports.pdf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.trendreports.model.OutputWriter;
import io.trendreports.model.ReportInfo;
import io.trendreports.model.RunSnapshot;
import io.trendreports.model.TrendRecord;
import io.trendreports.model.WrittenOutput;

/**
 * Writes one PDF brief per report ({@code briefs/<reportId>.pdf}) and a digest comparing all
 * reports of the run ({@code digest.pdf}). Reports are read one at a time, so memory stays
 * bounded by the largest report.
 */
public final class PdfWriter implements OutputWriter {

    public static final String BRIEF_KIND = "pdf-brief";
    public static final String DIGEST_KIND = "pdf-digest";
    public static final String DIGEST_FILE = "digest.pdf";
    public static final String BRIEFS_DIR = "briefs";

    private final PdfSettings settings;
    /** Parsed on first use and kept: parsing the TrueType font is the slow part of a small PDF. */
    private PdfFonts fonts;

    public PdfWriter(PdfSettings settings) {
        this.settings = settings;
    }

    @Override
    public String name() {
        return "pdf";
    }

    // synchronized: the shared parsed font is not safe for concurrent use
    @Override
    public synchronized List<WrittenOutput> write(RunSnapshot run, Path runDir) throws IOException {
        if (fonts == null) {
            fonts = PdfFonts.load();
        }
        List<WrittenOutput> outputs = new ArrayList<>();
        Path briefs = Files.createDirectories(runDir.resolve(BRIEFS_DIR));
        BriefRenderer brief = new BriefRenderer(fonts, settings);
        for (ReportInfo report : run.reports()) {
            List<TrendRecord> records = run.recordsOf(report.reportId());
            String fileName = fileNameOf(report.reportId()) + ".pdf";
            Map<String, Long> counters = brief.render(run.run(), report, records, briefs.resolve(fileName));
            outputs.add(new WrittenOutput(BRIEFS_DIR + "/" + fileName, BRIEF_KIND, records.size(), counters));
        }
        Map<String, Long> counters = new DigestRenderer(fonts, settings).render(run, runDir.resolve(DIGEST_FILE));
        outputs.add(new WrittenOutput(DIGEST_FILE, DIGEST_KIND, run.recordCount(), counters));
        return outputs;
    }

    /** Report ids are slugs already; this only guards the file system against a bad one. */
    static String fileNameOf(String reportId) {
        String safe = reportId == null ? "" : reportId.replaceAll("[^A-Za-z0-9._-]", "-");
        safe = safe.replaceAll("^[.-]+", "");
        return safe.isEmpty() ? "report" : safe;
    }
}
