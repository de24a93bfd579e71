package io.trendreports.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import io.trendreports.model.ChangeKind;
import io.trendreports.model.EditionComparison;
import io.trendreports.model.EditionDiff;
import io.trendreports.model.EditionLabel;
import io.trendreports.model.Headline;
import io.trendreports.model.Headlines;
import io.trendreports.model.ReportInfo;
import io.trendreports.model.RunSnapshot;
import io.trendreports.model.ThemeChange;
import io.trendreports.model.TopicSeries;
import io.trendreports.model.TrendRecord;

/**
 * The page that opens the digest for one topic: what changed from its previous edition to its
 * newest, in statements a reader can check, each followed by the brief and section that say it
 * ("→ briefs/ai-llm-trends-2024.pdf, §1 Continued Model Scaling"), a link that opens that brief at
 * that section. Themes come from the model's change measure ({@link EditionComparison}), names
 * from {@link EditionDiff}, numbers from the newest edition's metrics. A topic with one edition
 * gets its headline trends and numbers instead. {@code other} is never a finding.
 */
final class DigestOpening {

    static final TextStyle STATEMENT = new TextStyle(10, TextStyle.INK, 0, 4);
    static final TextStyle POINTER = new TextStyle(8.5f, TextStyle.ACCENT, 0, 0);
    static final TextStyle GROUP = new TextStyle(10.5f, TextStyle.ACCENT, 8, 2, true);
    static final float INDENT = 10;
    static final String ARROW = "\u2192";
    /** Sections named with their titles in a pointer; more are named by number only, to keep it on a line. */
    static final int TITLED_SECTIONS = 2;
    /** Sections whose numbers are listed as notable, so that a report full of figures still fits its page. */
    static final int MAX_NUMBER_SECTIONS = 6;
    /** Sections whose names are listed as new or gone, for the same reason. */
    static final int MAX_NAME_SECTIONS = 5;

    private final LayoutWriter out;
    private final InlineFlow flow;
    private final RunSnapshot run;

    DigestOpening(LayoutWriter out, RunSnapshot run) {
        this.out = out;
        this.flow = new InlineFlow(out);
        this.run = run;
    }

    /** Lays out the topic's opening statements on the current page and returns where they start. */
    LayoutWriter.Anchor write(TopicSeries topic, List<ThemeChange> changes) throws IOException {
        ReportInfo newest = topic.newest();
        List<TrendRecord> newRecords = run.recordsOf(newest.reportId());
        if (topic.previous().isEmpty()) {
            LayoutWriter.Anchor anchor = out.heading(topic.label() + ": headlines of " + period(newest), TextStyle.H1,
                    3 * STATEMENT.leading());
            out.paragraph("One edition on this topic, so nothing to compare yet: " + EditionLabel.fullTitle(newest)
                    + ". Its headline trends, each with the brief that says it:", TextStyle.META);
            headlines(newest, newRecords);
            numbers(newest, newRecords);
            return anchor;
        }
        ReportInfo previous = topic.previous().get();
        List<TrendRecord> oldRecords = run.recordsOf(previous.reportId());
        // a report rewritten every night may keep its period: the editions are then told apart by number
        boolean samePeriod = period(previous).equals(period(newest));
        String from = samePeriod ? "#" + previous.edition() + " (" + period(previous) + ")" : period(previous);
        String to = samePeriod ? "#" + newest.edition() + " (" + period(newest) + ")" : period(newest);
        LayoutWriter.Anchor anchor = out.heading(topic.label() + ": what changed from " + from + " to " + to,
                TextStyle.H1, 3 * STATEMENT.leading());
        out.paragraph("#" + newest.edition() + " " + EditionLabel.fullTitle(newest) + ", compared with #"
                + previous.edition() + " " + EditionLabel.fullTitle(previous) + ". A theme is strengthened or weakened"
                + " only when its weight changes " + ratio() + " and by half an average section or more; each"
                + " statement links to the brief that says it.", TextStyle.META);

        List<ThemeChange> pair = changes.stream().filter(c -> c.fromReportId().equals(previous.reportId())
                && c.toReportId().equals(newest.reportId())).toList();
        themeGroup("New themes", pair, ChangeKind.NEW, newest, newRecords, null, null);
        themeGroup("Gone", pair, ChangeKind.DROPPED, previous, oldRecords, null, null);
        themeGroup("Strengthened", pair, ChangeKind.STRENGTHENED, newest, newRecords, previous, oldRecords);
        themeGroup("Weakened", pair, ChangeKind.WEAKENED, newest, newRecords, previous, oldRecords);
        steady(pair, newest, newRecords);

        EditionDiff diff = run.editionDiff(previous.reportId(), newest.reportId()).orElse(null);
        if (diff != null) {
            names("Newly named", diff.newEntities(), newest, newRecords);
            names("No longer named", diff.goneEntities(), previous, oldRecords);
        }
        numbers(newest, newRecords);
        return anchor;
    }

    private static String ratio() {
        return "by " + String.valueOf(EditionComparison.MIN_RATIO).replaceAll("\\.0$", "") + "\u00d7";
    }

    private static String period(ReportInfo r) {
        return r.period() == null || r.period().isBlank() ? "#" + r.edition() : r.period().strip();
    }

    private void themeGroup(String title, List<ThemeChange> pair, ChangeKind kind, ReportInfo report,
                            List<TrendRecord> records, ReportInfo other, List<TrendRecord> otherRecords)
            throws IOException {
        List<ThemeChange> items = pair.stream().filter(c -> c.kind() == kind).toList();
        if (items.isEmpty()) {
            return;
        }
        group(title);
        for (ThemeChange c : items) {
            List<InlineFlow.Piece> pieces = new ArrayList<>();
            pieces.add(InlineFlow.Piece.text(run.themeLabel(c.themeId()) + ": " + c.reason() + ".", STATEMENT));
            pieces.addAll(pointer(report, sectionsOf(records, r -> List.of(r.themeId()), c.themeId())));
            if (other != null) {
                pieces.addAll(pointer(other, sectionsOf(otherRecords, r -> List.of(r.themeId()), c.themeId())));
            }
            statement(pieces);
        }
    }

    /** The themes whose weight stayed within the measure's threshold, in one statement. */
    private void steady(List<ThemeChange> pair, ReportInfo newest, List<TrendRecord> records) throws IOException {
        List<ThemeChange> items = pair.stream().filter(c -> c.kind() == ChangeKind.STEADY).toList();
        if (items.isEmpty()) {
            return;
        }
        group("Steady");
        Set<String> themes = new LinkedHashSet<>();
        items.forEach(c -> themes.add(c.themeId()));
        List<TrendRecord> sections = records.stream().filter(r -> themes.contains(r.themeId())).toList();
        List<InlineFlow.Piece> pieces = new ArrayList<>();
        pieces.add(InlineFlow.Piece.text(String.join(", ", themes.stream().map(run::themeLabel).toList())
                + ": about the same weight in both editions (the figures are under What changed).", STATEMENT));
        pieces.addAll(pointer(newest, sections));
        statement(pieces);
    }

    /** Names grouped by the first section that names them, so that each group has one place to check. */
    private void names(String title, List<String> names, ReportInfo report, List<TrendRecord> records)
            throws IOException {
        if (names.isEmpty()) {
            return;
        }
        group(title);
        Map<TrendRecord, List<String>> bySection = new LinkedHashMap<>();
        for (String name : names) {
            records.stream().filter(r -> r.entities().contains(name)).findFirst()
                    .ifPresent(r -> bySection.computeIfAbsent(r, k -> new ArrayList<>()).add(name));
        }
        int shown = 0;
        for (Map.Entry<TrendRecord, List<String>> e : bySection.entrySet()) {
            if (shown++ == MAX_NAME_SECTIONS) {
                int more = bySection.values().stream().skip(MAX_NAME_SECTIONS).mapToInt(List::size).sum();
                out.paragraph("And " + more + " more names in " + (bySection.size() - MAX_NAME_SECTIONS)
                        + " more sections: What changed, below, lists every one.", STATEMENT.withColor(TextStyle.MUTED),
                        INDENT);
                break;
            }
            TrendRecord r = e.getKey();
            List<String> kinds = e.getValue().stream().map(n -> r.entityKinds().get(r.entities().indexOf(n))).toList();
            List<InlineFlow.Piece> pieces = new ArrayList<>();
            pieces.add(InlineFlow.Piece.text(EntityKinds.grouped(e.getValue(), kinds) + ".", STATEMENT));
            pieces.addAll(pointer(report, List.of(r)));
            statement(pieces);
        }
    }

    private void headlines(ReportInfo report, List<TrendRecord> records) throws IOException {
        List<Headline> headlines = Headlines.of(records, Set.of());
        if (headlines.isEmpty()) {
            return;
        }
        group("Headlines");
        for (Headline h : headlines) {
            TrendRecord r = records.stream().filter(x -> x.sectionNo() == h.sectionNo()).findFirst().orElseThrow();
            List<InlineFlow.Piece> pieces = new ArrayList<>();
            pieces.add(InlineFlow.Piece.text(h.sectionTitle() + (h.fact().isEmpty() ? "." : ": " + h.fact() + "."),
                    STATEMENT));
            pieces.addAll(pointer(report, List.of(r)));
            statement(pieces);
        }
    }

    /** The numbers the newest edition reports, section by section. */
    private void numbers(ReportInfo report, List<TrendRecord> records) throws IOException {
        List<TrendRecord> withNumbers = records.stream().filter(r -> !r.metrics().isEmpty()).toList();
        group("Numbers in " + period(report));
        if (withNumbers.isEmpty()) {
            out.paragraph("No figures (amounts, percentages, counts, dates) found in this edition.",
                    STATEMENT.withColor(TextStyle.MUTED), INDENT);
            return;
        }
        for (TrendRecord r : withNumbers.subList(0, Math.min(MAX_NUMBER_SECTIONS, withNumbers.size()))) {
            List<InlineFlow.Piece> pieces = new ArrayList<>();
            pieces.add(InlineFlow.Piece.text(String.join("; ", r.metrics()) + ".", STATEMENT));
            pieces.addAll(pointer(report, List.of(r)));
            statement(pieces);
        }
        if (withNumbers.size() > MAX_NUMBER_SECTIONS) {
            out.paragraph("And figures in " + (withNumbers.size() - MAX_NUMBER_SECTIONS) + " more sections: the "
                    + "workbook's Metrics sheet has every one.", STATEMENT.withColor(TextStyle.MUTED), INDENT);
        }
    }

    private void group(String title) throws IOException {
        out.heading(title, GROUP, 2 * STATEMENT.leading());
    }

    private void statement(List<InlineFlow.Piece> pieces) throws IOException {
        flow.draw(pieces, INDENT, STATEMENT.leading(), STATEMENT.spaceAfter());
    }

    private static List<TrendRecord> sectionsOf(List<TrendRecord> records, Function<TrendRecord, List<String>> field,
                                                String value) {
        return records.stream().filter(r -> field.apply(r).contains(value)).toList();
    }

    /**
     * "→ briefs/x.pdf, §1 Title; §4 Title", each section a link into the brief. An edition
     * remembered from an earlier run has no brief in this run's folder: it is named, not linked.
     */
    private static List<InlineFlow.Piece> pointer(ReportInfo report, List<TrendRecord> sections) {
        List<InlineFlow.Piece> pieces = new ArrayList<>();
        if (sections.isEmpty()) {
            return pieces;
        }
        boolean titled = sections.size() <= TITLED_SECTIONS;
        if (report.remembered()) {
            StringBuilder text = new StringBuilder(ARROW + " the brief of the " + period(report) + " edition, in the"
                    + " earlier run that read it:");
            for (int i = 0; i < sections.size(); i++) {
                text.append(i == 0 ? " " : "; ").append(section(sections.get(i), titled));
            }
            pieces.add(InlineFlow.Piece.text(text.toString(), POINTER.withColor(TextStyle.MUTED)));
            return pieces;
        }
        String file = BriefWriter.pathOf(report.reportId());
        pieces.add(InlineFlow.Piece.text(ARROW, POINTER));
        for (int i = 0; i < sections.size(); i++) {
            TrendRecord r = sections.get(i);
            String text = (i == 0 ? file + ", " : "") + section(r, titled) + (i < sections.size() - 1 ? ";" : "");
            pieces.add(InlineFlow.Piece.link(text, POINTER, file, BriefRenderer.destinationOf(r.sectionNo())));
        }
        return pieces;
    }

    private static String section(TrendRecord r, boolean titled) {
        return "\u00a7" + r.sectionNo() + (titled ? " " + r.sectionTitle() : "");
    }
}
