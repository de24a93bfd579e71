package io.trendreports.pdf;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.trendreports.model.EditionLabel;
import io.trendreports.model.Headline;
import io.trendreports.model.Headlines;
import io.trendreports.model.ReportInfo;
import io.trendreports.model.RunInfo;
import io.trendreports.model.TrendRecord;

/**
 * Lays out the brief of one report: header block, headlines, "At a glance", contents, then the sections,
 * flowing one after another. A section short enough to fit on a page is kept whole, so a reader
 * never turns a page in the middle of a short trend; a long one may break between its lines.
 */
final class BriefRenderer {

    static final int TOP_ENTITIES = 5;
    /** A section up to this share of a page is kept on one page; a longer one flows on. */
    static final float KEEP_WHOLE_PAGE_SHARE = 0.5f;

    private final PdfFonts fonts;
    private final PdfSettings settings;

    BriefRenderer(PdfFonts fonts, PdfSettings settings) {
        this.fonts = fonts;
        this.settings = settings;
    }

    /** Writes the brief and returns its counters. */
    Map<String, Long> render(RunInfo run, ReportInfo report, List<TrendRecord> records, Path file)
            throws IOException {
        return render(run, report, records, Set.of(), file);
    }

    /**
     * @param newThemes themes of this report that the previous edition of its topic lacks; their
     *                  headlines say so
     */
    Map<String, Long> render(RunInfo run, ReportInfo report, List<TrendRecord> records, Set<String> newThemes,
                             Path file) throws IOException {
        try (LayoutWriter out = new LayoutWriter(fonts, settings.pageSize())) {
            header(out, run, report);
            HeadlineBlock headlines = headlines(out, records, newThemes);
            atAGlance(out, records);
            TableOfContents toc = contents(out, records);
            sections(out, records, toc, headlines);
            headlines.finish();
            toc.finish();

            List<String> themes = themesCovered(records).keySet().stream().toList();
            out.metadata(new DocumentMetadata(report.title(), settings.author(),
                    "Trend brief: " + EditionLabel.fullTitle(report), themes, run.startedAt(), run.runId(),
                    report.sourceSha256()));
            out.finishAndSave(EditionLabel.fullTitle(report), "Run " + run.runId(),
                    run.runId() + "/brief/" + report.reportId(), file);

            Map<String, Long> counters = new LinkedHashMap<>();
            counters.put("replacedCharacters", out.sanitizer().replacedCharacters());
            counters.put("strippedCharacters", out.sanitizer().strippedCharacters());
            counters.put("pages", (long) out.pageCount());
            return counters;
        }
    }

    private void header(LayoutWriter out, RunInfo run, ReportInfo report) throws IOException {
        out.heading(report.title(), TextStyle.TITLE, 0);
        out.labelled("Period:", orNone(report.period()), TextStyle.META);
        out.labelled("Source file:", report.sourceFile(), TextStyle.META);
        out.labelled("SHA-256:", shortSha(report.sourceSha256()), TextStyle.META);
        out.labelled("Run:", run.runId(), TextStyle.META);
        out.labelled("Generated:", Formats.utc(run.startedAt()), TextStyle.META);
        out.rule(8, 4);
    }

    /**
     * One line per headline trend ({@link Headlines}), each a link to its section. A line is cut at a
     * word with an ellipsis rather than wrapped: the block is read down, not across.
     */
    private HeadlineBlock headlines(LayoutWriter out, List<TrendRecord> records, Set<String> newThemes)
            throws IOException {
        HeadlineBlock links = new HeadlineBlock(out, HEADLINE);
        List<Headline> headlines = Headlines.of(records, newThemes);
        if (headlines.isEmpty()) {
            return links;
        }
        out.heading("Headlines", TextStyle.H1, 2 * HEADLINE.leading());
        for (Headline h : headlines) {
            links.add(headlineTitle(h), h.fact(), h.sectionNo());
        }
        return links;
    }

    static final TextStyle HEADLINE = new TextStyle(10, TextStyle.INK, 0, 1);

    /** "5. Energy Efficiency Improvements (new theme)". */
    static String headlineTitle(Headline h) {
        return h.numberedTitle() + (h.newTheme() ? " (new theme)" : "");
    }

    private void atAGlance(LayoutWriter out, List<TrendRecord> records) throws IOException {
        out.heading("At a glance", TextStyle.H1, 3 * TextStyle.BODY.leading());
        out.labelled("Sections:", Integer.toString(records.size()), TextStyle.BODY);
        String themes = counted(themesCovered(records).entrySet().stream().toList());
        out.labelled("Themes covered:", themes.isEmpty() ? "none" : themes, TextStyle.BODY);
        List<Map.Entry<String, Integer>> entities = topEntities(records);
        // "most mentioned" only means something once some entity is named in more than one section
        boolean ranked = entities.stream().anyMatch(e -> e.getValue() > 1);
        out.labelled(ranked ? "Most-mentioned entities:" : "Entities named:",
                entities.isEmpty() ? "none" : counted(entities), TextStyle.BODY);
    }

    /** Names in order, each followed by its number of sections when that is more than one. */
    static String counted(List<Map.Entry<String, Integer>> entries) {
        return entries.stream()
                .map(e -> e.getValue() > 1 ? e.getKey() + " (" + e.getValue() + " sections)" : e.getKey())
                .collect(Collectors.joining(", "));
    }

    /** Contents lists the sections in the order of the outline, linking to each. */
    private TableOfContents contents(LayoutWriter out, List<TrendRecord> records) throws IOException {
        TableOfContents toc = new TableOfContents(out);
        if (records.isEmpty()) {
            return toc;
        }
        out.heading("Contents", TextStyle.H1, 2 * TableOfContents.ENTRY.leading());
        for (TrendRecord r : records) {
            toc.add(sectionTitle(r));
        }
        return toc;
    }

    static String sectionTitle(TrendRecord r) {
        return r.sectionNo() + ". " + r.sectionTitle();
    }

    private void sections(LayoutWriter out, List<TrendRecord> records, TableOfContents toc,
                          HeadlineBlock headlines) throws IOException {
        if (records.isEmpty()) {
            out.paragraph("This report has no sections.", TextStyle.BODY);
            return;
        }
        // the numbered section headings follow the contents directly: a "Sections" heading above
        // them would only push the first section off the first page
        // keep a section heading with its theme line and the first lines of its summary
        float keep = TextStyle.META.leading() + TextStyle.META.spaceAfter() + 2 * TextStyle.BODY.leading();
        for (int i = 0; i < records.size(); i++) {
            TrendRecord r = records.get(i);
            String title = sectionTitle(r);
            String theme = themeLine(r);
            Map<String, String> facts = facts(r);
            float factsHeight = 0;
            for (Map.Entry<String, String> line : facts.entrySet()) {
                factsHeight += out.labelledHeight(line.getKey(), line.getValue(), TextStyle.META);
            }
            float whole = out.headingHeight(title, TextStyle.H2) + out.labelledHeight("Theme:", theme, TextStyle.META)
                    + out.paragraphHeight(r.summary(), TextStyle.BODY, 0) + factsHeight;
            if (whole <= out.pageContentHeight() * KEEP_WHOLE_PAGE_SHARE) {
                out.ensureSpace(whole);
            }
            LayoutWriter.Anchor anchor = out.heading(title, TextStyle.H2, keep);
            out.bookmark(title, anchor, null);
            toc.target(i, anchor);
            headlines.target(r.sectionNo(), anchor);
            // the digest links here from another file, where this brief's page numbers are unknown
            out.namedDestination(destinationOf(r.sectionNo()), anchor);
            out.labelled("Theme:", theme, TextStyle.META);
            // the facts close the section: keep them with the end of the summary unless huge
            float keepFacts = factsHeight < 200 ? factsHeight : 0;
            out.paragraph(r.summary(), TextStyle.BODY, 0, keepFacts);
            if (keepFacts > 0) {
                out.ensureSpace(keepFacts);
            }
            for (Map.Entry<String, String> line : facts.entrySet()) {
                out.labelled(line.getKey(), line.getValue(), TextStyle.META);
            }
        }
    }

    /**
     * The theme's label; a score beside it would make a correct theme look doubtful to a reader
     * (it stays in the workbook and the CSV for analysts). A discovered theme says so, since its
     * label comes from the reports rather than from a curated list.
     */
    static String themeLine(TrendRecord r) {
        return TrendRecord.DISCOVERED.equals(r.themeSource()) ? r.themeLabel() + " (discovered theme)" : r.themeLabel();
    }

    /** The named destination of a section's heading, which other files (the digest) link to. */
    static String destinationOf(int sectionNo) {
        return "section-" + sectionNo;
    }

    /** Numbers, key terms, entities and sectors that are present, by label. */
    static Map<String, String> facts(TrendRecord r) {
        Map<String, String> lines = new LinkedHashMap<>();
        List<String> numbers = r.metrics().stream().filter(v -> v != null && !v.isBlank()).toList();
        if (!numbers.isEmpty()) {
            lines.put("Numbers:", String.join("; ", numbers));
        }
        putList(lines, "Key terms:", r.keyTerms());
        String entities = EntityKinds.grouped(r.entities(), r.entityKinds());
        if (!entities.isEmpty()) {
            lines.put("Entities:", entities);
        }
        putList(lines, "Sectors:", r.sectors());
        return lines;
    }

    private static void putList(Map<String, String> lines, String label, List<String> values) {
        List<String> present = values.stream().filter(v -> v != null && !v.isBlank()).toList();
        if (!present.isEmpty()) {
            lines.put(label, String.join(", ", present));
        }
    }

    /** Theme label to number of sections, in order of first appearance. */
    static Map<String, Integer> themesCovered(List<TrendRecord> records) {
        Map<String, Integer> themes = new LinkedHashMap<>();
        for (TrendRecord r : records) {
            themes.merge(r.themeLabel(), 1, Integer::sum);
        }
        return themes;
    }

    /** Entities by number of sections naming them; ties alphabetical, so the order is stable. */
    static List<Map.Entry<String, Integer>> topEntities(List<TrendRecord> records) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (TrendRecord r : records) {
            r.entities().stream().filter(e -> e != null && !e.isBlank()).distinct()
                    .forEach(e -> counts.merge(e, 1, Integer::sum));
        }
        List<Map.Entry<String, Integer>> sorted = new ArrayList<>(counts.entrySet());
        sorted.sort(Map.Entry.<String, Integer>comparingByValue().reversed()
                .thenComparing(Map.Entry.comparingByKey(Comparator.naturalOrder())));
        return sorted.subList(0, Math.min(TOP_ENTITIES, sorted.size()));
    }

    static String shortSha(String sha) {
        return sha == null ? "" : sha.substring(0, Math.min(12, sha.length()));
    }

    private static String orNone(String value) {
        return value == null || value.isBlank() ? "not stated" : value;
    }
}
