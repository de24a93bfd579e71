package io.trendreports.pdf;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.trendreports.model.ChangeKind;
import io.trendreports.model.EditionDiff;
import io.trendreports.model.EditionLabel;
import io.trendreports.model.InputFile;
import io.trendreports.model.ReportInfo;
import io.trendreports.model.RunSnapshot;
import io.trendreports.model.Theme;
import io.trendreports.model.ThemeChange;
import io.trendreports.model.TopicSeries;

import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;

/**
 * Lays out the digest that compares the reports of a run, topic by topic: run facts, then for
 * each topic its editions, the theme-by-edition coverage table with a chart in the same theme
 * order, and what changed between consecutive editions; last the rejected inputs. A forex report
 * is never compared with an AI one. A large run's digest shows its newest
 * {@link PdfSettings#digestReports()} reports (and as many rejected inputs) and says so; the
 * workbook, the CSV files and the manifest have every one.
 */
final class DigestRenderer {

    static final String TITLE = "Trend digest";
    /** Between the parts of a line; the no-break space keeps it off the start of a wrapped line. */
    static final String SEPARATOR = "\u00A0\u00B7 ";
    /** Below this a report column shows "#n" and its period instead of the edition label. */
    static final float TITLE_COLUMN_WIDTH = 84;
    static final float MIN_REPORT_COLUMN = 52;
    static final float MAX_REPORT_COLUMN = 180;

    private final PdfFonts fonts;
    private final PdfSettings settings;

    DigestRenderer(PdfFonts fonts, PdfSettings settings) {
        this.fonts = fonts;
        this.settings = settings;
    }

    Map<String, Long> render(RunSnapshot run, Path file) throws IOException {
        List<ReportInfo> all = run.reports();
        // oldest first, so the newest are the last ones
        List<ReportInfo> reports = shown(all);
        List<TopicSeries> topics = TopicSeries.of(reports, run.themes(), run.themeShares());
        try (LayoutWriter out = new LayoutWriter(fonts, settings.pageSize())) {
            out.heading(TITLE, TextStyle.TITLE, 0);
            runFacts(out, run, all, reports, topics);
            if (topics.isEmpty()) {
                LayoutWriter.Anchor anchor = out.heading("Reports", TextStyle.H1, 2 * TextStyle.BODY.leading());
                out.bookmark("Reports", anchor, null);
                out.paragraph("No report was processed in this run.", TextStyle.BODY);
            }
            opening(out, run, topics);
            for (TopicSeries topic : topics) {
                topic(out, run, topic, topics.size() == 1);
            }
            rejected(out, run.inputs());

            List<String> keywords = run.themes().stream().map(Theme::label).toList();
            out.metadata(new DocumentMetadata(TITLE, settings.author(), "Comparison of " + all.size()
                    + " reports, run " + run.run().runId(), keywords, run.run().startedAt(), run.run().runId(), null));
            out.finishAndSave(TITLE + "  \u00B7  run " + run.run().runId(), "Run " + run.run().runId(),
                    run.run().runId() + "/digest", file);

            Map<String, Long> counters = new LinkedHashMap<>();
            counters.put("replacedCharacters", out.sanitizer().replacedCharacters());
            counters.put("strippedCharacters", out.sanitizer().strippedCharacters());
            counters.put("pages", (long) out.pageCount());
            return counters;
        }
    }

    /**
     * One page per topic on what changed ({@link DigestOpening}), the first below the run facts;
     * the coverage tables and the changes in full follow on pages of their own.
     */
    private void opening(LayoutWriter out, RunSnapshot run, List<TopicSeries> topics) throws IOException {
        if (topics.isEmpty()) {
            return;
        }
        List<ThemeChange> changes = run.changes();
        DigestOpening opening = new DigestOpening(out, run);
        for (int i = 0; i < topics.size(); i++) {
            if (i > 0) {
                out.newPage();
            }
            TopicSeries topic = topics.get(i);
            LayoutWriter.Anchor anchor = opening.write(topic, changes);
            out.bookmark(topic.label() + (topic.previous().isPresent() ? ": what changed" : ": headlines"), anchor,
                    null);
        }
        out.newPage();
    }

    private List<ReportInfo> shown(List<ReportInfo> reports) {
        return reports.subList(reports.size() - settings.digestShows(reports.size()), reports.size());
    }

    private void runFacts(LayoutWriter out, RunSnapshot run, List<ReportInfo> all, List<ReportInfo> shown,
                          List<TopicSeries> topics) throws IOException {
        long rejected = run.inputs().stream().filter(InputFile::isRejected).count();
        out.labelled("Run:", run.run().runId(), TextStyle.META);
        out.labelled("Generated:", Formats.utc(run.run().startedAt()), TextStyle.META);
        out.labelled("Reports:", all.size() + SEPARATOR + "sections: " + run.recordCount(), TextStyle.META);
        if (!topics.isEmpty()) {
            out.labelled(topics.size() == 1 ? "Topic:" : "Topics:", topics.stream()
                    .map(t -> t.label() + " (" + editions(t.editions().size()) + ")")
                    .collect(Collectors.joining(", ")), TextStyle.META);
        }
        out.labelled("Input files:", run.inputs().size() + " found, " + (run.inputs().size() - rejected)
                + " processed, " + rejected + " rejected", TextStyle.META);
        if (shown.size() < all.size()) {
            out.labelled("Shown:", "the newest " + shown.size() + " of " + all.size() + " reports, #"
                    + shown.get(0).edition() + " to #" + shown.get(shown.size() - 1).edition() + ". Every report is in "
                    + "trend-comparison.xlsx (Comparison, Changes) and the CSV files.", TextStyle.META);
        }
        out.rule(8, 4);
    }

    private static String editions(int n) {
        return n == 1 ? "1 edition" : n + " editions";
    }

    /** One topic: its editions, their theme coverage and what changed between them. */
    private void topic(LayoutWriter out, RunSnapshot run, TopicSeries topic, boolean onlyTopic) throws IOException {
        // a topic opens with its editions and the start of its coverage table, never alone at a page foot
        float editions = 0;
        for (ReportInfo r : topic.editions()) {
            editions += out.labelledHeight("#" + r.edition(), EditionLabel.fullTitle(r), TextStyle.BODY.withSpaceAfter(0))
                    + TextStyle.META.leading() + 5;
        }
        float opening = Math.min(editions, out.pageContentHeight() / 3) + out.headingHeight("Theme coverage", TextStyle.H2)
                + 5 * TextStyle.BODY.leading();
        LayoutWriter.Anchor anchor = out.heading(topic.label(), TextStyle.H1, opening);
        PDOutlineItem parent = out.bookmark(topic.label(), anchor, null);
        editionList(out, topic.editions());
        coverage(out, run, topic, parent, onlyTopic);
        changes(out, run, topic, parent);
    }

    /** Each edition's full title, then its period, file and size on a muted line of its own. */
    private void editionList(LayoutWriter out, List<ReportInfo> editions) throws IOException {
        for (ReportInfo r : editions) {
            out.labelled("#" + r.edition(), EditionLabel.fullTitle(r), TextStyle.BODY.withSpaceAfter(0));
            List<String> parts = new ArrayList<>();
            if (r.period() != null && !r.period().isBlank()) {
                parts.add(r.period());
            }
            // the topic's history: an edition remembered from an earlier run is compared all the same
            parts.add(r.remembered() ? r.sourceFile() + " (remembered: no longer in the input folder)" : r.sourceFile());
            parts.add(r.sections() + " sections, " + r.words() + " words");
            out.paragraph(String.join(SEPARATOR, parts), TextStyle.META.withSpaceAfter(5), EDITION_INDENT);
        }
    }

    private static final float EDITION_INDENT = 18;

    private void coverage(LayoutWriter out, RunSnapshot run, TopicSeries topic, PDOutlineItem parent,
                          boolean onlyTopic) throws IOException {
        List<ReportInfo> reports = topic.editions();
        List<Theme> rows = topic.themes();
        LayoutWriter.Anchor anchor = out.heading("Theme coverage", TextStyle.H2, 4 * TextStyle.BODY.leading());
        PDOutlineItem coverage = out.bookmark("Theme coverage", anchor, parent);
        if (rows.isEmpty()) {
            out.paragraph("No theme coverage to compare.", TextStyle.BODY);
            return;
        }
        out.paragraph("Share of each edition's words, in percent, per theme, largest in the newest edition first. "
                + "An empty cell means the theme does not appear in that edition.", TextStyle.META);
        out.space(4);

        float themeWidth = themeColumnWidth(out, rows);
        int perTable = Math.max(1, (int) ((out.contentWidth() - themeWidth) / MIN_REPORT_COLUMN));
        // same column width in every part, so split tables line up and label reports alike
        float reportWidth = Math.min(MAX_REPORT_COLUMN,
                (out.contentWidth() - themeWidth) / Math.min(perTable, reports.size()));
        // wide runs become several tables, each repeating the theme column
        for (int from = 0; from < reports.size(); from += perTable) {
            List<ReportInfo> chunk = reports.subList(from, Math.min(reports.size(), from + perTable));
            if (reports.size() > perTable) {
                // a caption, kept with the table's header and first rows
                out.heading("Reports #" + chunk.get(0).edition() + " to #" + chunk.get(chunk.size() - 1).edition(),
                        new TextStyle(9, TextStyle.MUTED, 6, 2), 60);
            }
            List<SimpleTable.Column> columns = new ArrayList<>();
            columns.add(new SimpleTable.Column("Theme", themeWidth, false));
            for (ReportInfo r : chunk) {
                columns.add(new SimpleTable.Column(columnHeader(r, reportWidth), reportWidth, true));
            }
            List<List<String>> cells = new ArrayList<>();
            for (Theme theme : rows) {
                List<String> row = new ArrayList<>();
                row.add(theme.label());
                for (ReportInfo r : chunk) {
                    Double share = topic.share(theme.id(), r.reportId());
                    row.add(share == null ? "" : Formats.share(share));
                }
                cells.add(row);
            }
            TextStyle header = new TextStyle(chunk.size() > 6 ? 8 : 9, TextStyle.ACCENT, 0, 0);
            new SimpleTable(out, columns, header, new TextStyle(9, TextStyle.INK, 0, 4)).draw(cells);
        }
        if (onlyTopic) {
            // with several topics, a theme of one topic's taxonomy is not "missing" from another
            Set<String> covered = rows.stream().map(Theme::id).collect(Collectors.toSet());
            List<String> absent = run.themes().stream().filter(t -> !covered.contains(t.id()))
                    .map(Theme::label).toList();
            if (!absent.isEmpty()) {
                out.labelled("Not found in any report:", String.join(", ", absent), TextStyle.META);
            }
        }
        chart(out, topic, coverage);
    }

    private void chart(LayoutWriter out, TopicSeries topic, PDOutlineItem parent) throws IOException {
        List<ReportInfo> editions = ThemeChart.editions(topic.editions());
        String title = editions.size() == 1 ? "Theme share" : "Theme share, newest " + editions.size() + " editions";
        ThemeChart chart = new ThemeChart(out);
        long shown = topic.themes().stream().filter(t -> editions.stream()
                .anyMatch(r -> topic.share(t.id(), r.reportId()) != null)).count();
        LayoutWriter.Anchor anchor = out.heading(title, TextStyle.H3, chart.firstPartHeight(editions.size(), (int) shown));
        out.bookmark(title, anchor, parent);
        chart.draw(editions, topic.themes(), (theme, report) -> topic.share(theme.id(), report.reportId()));
        out.space(6);
    }

    private float themeColumnWidth(LayoutWriter out, List<Theme> rows) {
        float widest = 0;
        for (Theme t : rows) {
            widest = Math.max(widest, out.width(out.sanitizer().cleanLine(t.label()), 9));
        }
        float w = widest + 2 * SimpleTable.PAD + 2;
        return Math.max(110, Math.min(w, out.contentWidth() * 0.34f));
    }

    private static String columnHeader(ReportInfo r, float width) {
        if (width >= TITLE_COLUMN_WIDTH) {
            return EditionLabel.of(r);
        }
        return r.period() == null || r.period().isBlank() ? "#" + r.edition() : "#" + r.edition() + " " + r.period();
    }

    private void changes(LayoutWriter out, RunSnapshot run, TopicSeries topic, PDOutlineItem parent)
            throws IOException {
        List<ReportInfo> reports = topic.editions();
        LayoutWriter.Anchor anchor = out.heading("What changed", TextStyle.H2, 3 * TextStyle.BODY.leading());
        PDOutlineItem changed = out.bookmark("What changed", anchor, parent);
        if (reports.size() < 2) {
            out.paragraph("Only one edition on this topic: nothing to compare yet.", TextStyle.BODY);
            return;
        }
        Set<String> shown = reports.stream().map(ReportInfo::reportId).collect(Collectors.toSet());
        Map<String, List<ThemeChange>> byPair = new LinkedHashMap<>();
        for (ThemeChange c : run.changes()) {
            if (shown.contains(c.toReportId()) && shown.contains(c.fromReportId())) {
                byPair.computeIfAbsent(c.fromReportId() + '\u0000' + c.toReportId(), k -> new ArrayList<>()).add(c);
            }
        }
        float keep = 2 * TextStyle.BODY.leading();
        for (int i = 1; i < reports.size(); i++) {
            ReportInfo from = reports.get(i - 1);
            ReportInfo to = reports.get(i);
            String title = EditionLabel.of(from) + "  \u2192  " + EditionLabel.of(to);
            LayoutWriter.Anchor pairAnchor = out.heading(title, TextStyle.H3, keep);
            out.bookmark(TextSanitizer.plain(EditionLabel.of(from) + " -> " + EditionLabel.of(to)), pairAnchor, changed);
            List<ThemeChange> pair = byPair.getOrDefault(from.reportId() + '\u0000' + to.reportId(), List.of());
            if (pair.isEmpty()) {
                out.paragraph("No themes in either edition.", TextStyle.BODY);
                continue;
            }
            for (ChangeKind kind : ChangeKind.values()) {
                List<String> items = pair.stream().filter(c -> c.kind() == kind)
                        .map(c -> describe(run, c)).toList();
                if (!items.isEmpty()) {
                    out.labelled(kind.label() + ":", String.join(";  ", items), TextStyle.BODY);
                }
            }
            EditionDiff diff = run.editionDiff(from.reportId(), to.reportId()).orElse(null);
            if (diff != null) {
                labelledList(out, "Newly named:", diff.newEntities());
                labelledList(out, "No longer named:", diff.goneEntities());
                labelledList(out, "New sectors:", diff.newSectors());
                labelledList(out, "Sectors gone:", diff.goneSectors());
            }
        }
    }

    private static void labelledList(LayoutWriter out, String label, List<String> items) throws IOException {
        if (!items.isEmpty()) {
            out.labelled(label, String.join(", ", items), TextStyle.BODY);
        }
    }

    private static String describe(RunSnapshot run, ThemeChange c) {
        return run.themeLabel(c.themeId()) + " (" + c.reason() + ")";
    }

    private void rejected(LayoutWriter out, List<InputFile> inputs) throws IOException {
        List<InputFile> rejected = inputs.stream().filter(InputFile::isRejected).toList();
        if (rejected.isEmpty()) {
            return;
        }
        LayoutWriter.Anchor anchor = out.heading("Rejected inputs", TextStyle.H1, 2 * TextStyle.BODY.leading());
        out.bookmark("Rejected inputs", anchor, null);
        int limit = settings.digestShows(rejected.size());
        for (InputFile f : rejected.subList(0, limit)) {
            out.labelled(f.file() + ":", f.reason() == null || f.reason().isBlank() ? "no reason given" : f.reason(),
                    TextStyle.BODY);
        }
        if (limit < rejected.size()) {
            out.paragraph("And " + (rejected.size() - limit) + " more rejected inputs; manifest.json and the run's log"
                    + " give every file and its reason.", TextStyle.META);
        }
    }
}
