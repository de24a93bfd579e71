package io.trendreports.portal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

import io.trendreports.publish.Manifest;
import io.trendreports.source.Sha256;
import tools.jackson.databind.json.JsonMapper;

/**
 * An output folder with one published run, laid out as {@code publish} does it, plus the things
 * an attacker would aim at: a secret file next to {@code runs/}, a file in the run folder that
 * the manifest does not list, and a listed "brief" that is a symbolic link out of the folder.
 */
final class PublishedRunFixture {

    static final String RUN_ID = "20260301-020000-0123abcd";
    static final String OLDER_RUN_ID = "20260201-020000-89abcdef";
    static final Instant FINISHED = Instant.parse("2026-03-01T02:00:09Z");
    static final String SECRET = "TOP-SECRET-CONTENT";

    private PublishedRunFixture() {
    }

    static Path create(Path output) throws IOException {
        Files.writeString(output.resolve("secret.txt"), SECRET);
        writeRun(output, OLDER_RUN_ID, "Cloud Outlook 2025", "2025", Instant.parse("2026-02-01T02:00:05Z"));
        Path run = writeRun(output, RUN_ID, "AI Trends 2026", "2026", FINISHED);
        Files.writeString(run.resolve("notes.txt"), SECRET);
        Files.createSymbolicLink(output.resolve("latest"), Path.of("runs", RUN_ID));
        return run;
    }

    /** Two runs holding the same report, unchanged between them, as nightly runs do. */
    static void createRepeated(Path output) throws IOException {
        writeRun(output, OLDER_RUN_ID, "AI Trends 2026", "2026", Instant.parse("2026-02-01T02:00:05Z"));
        writeRun(output, RUN_ID, "AI Trends 2026", "2026", FINISHED);
        Files.createSymbolicLink(output.resolve("latest"), Path.of("runs", RUN_ID));
    }

    static Path writeRun(Path output, String runId, String title, String period, Instant finished)
            throws IOException {
        Path run = Files.createDirectories(output.resolve("runs").resolve(runId));
        Files.createDirectories(run.resolve("briefs"));
        String reportId = title.toLowerCase().replace(' ', '-');
        List<Manifest.Output> outputs = new ArrayList<>();
        outputs.add(write(run, "briefs/" + reportId + ".pdf", "pdf-brief", pdf(title + " brief"), 2,
                Map.of("pages", 1L)));
        outputs.add(write(run, "digest.pdf", "pdf-digest", pdf("Digest " + runId), 2, Map.of("pages", 1L)));
        outputs.add(write(run, "sections.csv", "csv-sections", sectionsCsv(reportId, title, period), 2, null));
        outputs.add(write(run, "themes.csv", "csv-themes", bigCsv(), 400, null));
        if (runId.equals(RUN_ID)) {
            // listed in the manifest, but a link to a file outside the output folder
            Files.createSymbolicLink(run.resolve("briefs/escape.pdf"), output.resolve("secret.txt"));
            outputs.add(new Manifest.Output("briefs/escape.pdf", "pdf-brief", SECRET.length(),
                    Sha256.hex(SECRET.getBytes(StandardCharsets.UTF_8)), 1, null));
        }
        List<Manifest.Input> inputs = List.of(
                new Manifest.Input(reportId + ".md", "ab".repeat(32), "processed", null, 2,
                        "2 sections at H2 under an H1 title", List.of(), null),
                new Manifest.Input("broken.md", "cd".repeat(32), "rejected", "not valid UTF-8 (byte 0xff at offset 12)",
                        0, null, List.of(), null));
        Manifest manifest = new Manifest(runId, finished.minusSeconds(9), finished, "completed",
                new Manifest.Totals(2, 1, 1, 2), List.of(), inputs, outputs, "f".repeat(64), "e".repeat(64));
        Files.write(run.resolve("manifest.json"), JsonMapper.builder().build().writeValueAsBytes(manifest));
        return run;
    }

    private static Manifest.Output write(Path run, String path, String kind, byte[] bytes, long records,
                                         Map<String, Long> counters) throws IOException {
        Files.write(run.resolve(path), bytes);
        return new Manifest.Output(path, kind, bytes.length, Sha256.hex(bytes), records, counters);
    }

    static byte[] pdf(String text) throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD), 28);
                cs.newLineAtOffset(60, 760);
                cs.showText(text);
                cs.endText();
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static byte[] sectionsCsv(String reportId, String title, String period) {
        String header = "report_id,report_title,period,language,source_file,source_sha256,section_no,section_title,"
                + "theme_id,theme_label,theme_score,summary,key_terms,entities,sectors,word_count,sentence_count,"
                + "share_pct\r\n";
        String rows = reportId + "," + title + "," + period + ",en," + reportId + ".md,ab,1,Frontier models,"
                + "model-scaling,Model scaling,0.9,Models grew.,scale,OpenAI; Anthropic,,100,5,60\r\n"
                + reportId + "," + title + "," + period + ",en," + reportId + ".md,ab,2,Rules,"
                + "regulation,Regulation and policy,0.8,Rules came.,law,European Union,,80,4,40\r\n";
        return (header + rows).getBytes(StandardCharsets.UTF_8);
    }

    /** Large enough for range requests to be worth it. */
    private static byte[] bigCsv() {
        StringBuilder csv = new StringBuilder("theme_id,theme_label,report_id,share_pct\r\n");
        for (int i = 0; i < 400; i++) {
            csv.append("theme-").append(i).append(",Theme ").append(i).append(",r,").append(i % 100).append("\r\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }
}
