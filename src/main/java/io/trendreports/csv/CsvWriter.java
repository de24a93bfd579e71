package io.trendreports.csv;

import io.trendreports.model.OutputWriter;
import io.trendreports.model.ReportInfo;
import io.trendreports.model.RunSlice;
import io.trendreports.model.RunSnapshot;
import io.trendreports.model.Theme;
import io.trendreports.model.ThemeShare;
import io.trendreports.model.TrendRecord;
import io.trendreports.model.WrittenOutput;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Writes the run as three CSV files for analysts: one row per section ({@code sections.csv}),
 * theme shares per report ({@code themes.csv}) and entity mentions per report
 * ({@code entities.csv}). See {@link CsvFile} for the dialect.
 */
public final class CsvWriter implements OutputWriter {

    public static final String SECTIONS_FILE = "sections.csv";
    public static final String THEMES_FILE = "themes.csv";
    public static final String ENTITIES_FILE = "entities.csv";

    /** The {@code sections.csv} contract: column order is fixed, consumers rely on it. */
    public static final List<String> SECTIONS_HEADER = SectionColumn.headers();
    public static final List<String> THEMES_HEADER = List.of("theme_id", "theme_label", "report_id",
            "report_title", "period", "edition", "sections", "share_pct");
    public static final List<String> ENTITIES_HEADER = List.of("entity", "report_id", "report_title",
            "period", "mentions");

    /** Between the items of a list cell (key terms, entities, sectors). */
    public static final String LIST_SEPARATOR = "; ";
    public static final String SECTIONS_KIND = "csv-sections";
    public static final String THEMES_KIND = "csv-themes";
    public static final String ENTITIES_KIND = "csv-entities";

    private final CsvSettings settings;
    private final FormulaGuard guard;

    public CsvWriter(CsvSettings settings) {
        this.settings = settings;
        this.guard = new FormulaGuard(settings.formulaGuard());
    }

    @Override
    public String name() {
        return "csv";
    }

    @Override
    public List<WrittenOutput> write(RunSlice slice, Path runDir) throws IOException {
        RunSnapshot run = slice.run();
        // one pass over the records writes the sections and counts the entities: reading a large
        // run's records from the database costs more than either
        Map<String, Map<String, Integer>> mentions = new TreeMap<>(
                Comparator.comparing((String e) -> e.toLowerCase(java.util.Locale.ROOT)).thenComparing(e -> e));
        WrittenOutput sections = writeSections(run, runDir, r -> countEntities(r, mentions));
        return List.of(sections, writeThemes(run, runDir), writeEntities(run, runDir, mentions));
    }

    private WrittenOutput writeSections(RunSnapshot run, Path runDir, Consumer<TrendRecord> alsoEach)
            throws IOException {
        try (CsvFile file = new CsvFile(runDir.resolve(SECTIONS_FILE), settings.byteOrderMark(), SECTIONS_HEADER)) {
            Consumer<TrendRecord> row = r -> file.row(
                    text(r.reportId()), text(r.reportTitle()), text(r.period()), text(r.language()),
                    text(r.sourceFile()), text(r.sourceSha256()), CsvNumbers.integer(r.sectionNo()),
                    text(r.sectionTitle()), text(r.themeId()), text(r.themeLabel()),
                    CsvNumbers.decimal(r.themeScore(), 4), text(r.summary()), list(r.keyTerms()),
                    list(r.entities()), list(r.sectors()), CsvNumbers.integer(r.wordCount()),
                    CsvNumbers.integer(r.sentenceCount()), CsvNumbers.decimal(r.sharePct(), 2), text(r.topic()),
                    text(r.themeSource()), list(r.metrics()));
            run.forEachRecord(row.andThen(alsoEach));
            return new WrittenOutput(SECTIONS_FILE, SECTIONS_KIND, file.rows());
        }
    }

    /** Theme by theme in taxonomy order, then report by edition; themes unknown to the taxonomy last. */
    private WrittenOutput writeThemes(RunSnapshot run, Path runDir) throws IOException {
        Map<String, ReportInfo> reports = reportsById(run);
        Map<String, Map<String, ThemeShare>> sharesByTheme = new LinkedHashMap<>();
        for (Theme theme : run.themes()) {
            sharesByTheme.put(theme.id(), new TreeMap<>());
        }
        for (ThemeShare share : run.themeShares()) {
            if (reports.containsKey(share.reportId())) {
                sharesByTheme.computeIfAbsent(share.themeId(), k -> new TreeMap<>()).put(share.reportId(), share);
            }
        }
        try (CsvFile file = new CsvFile(runDir.resolve(THEMES_FILE), settings.byteOrderMark(), THEMES_HEADER)) {
            sharesByTheme.forEach((themeId, byReport) -> byReport.values().stream()
                    .sorted(Comparator.comparingInt(s -> reports.get(s.reportId()).edition()))
                    .forEach(share -> {
                        ReportInfo report = reports.get(share.reportId());
                        file.row(text(themeId), text(run.themeLabel(themeId)), text(report.reportId()),
                                text(report.title()), text(report.period()),
                                CsvNumbers.integer(report.edition()), CsvNumbers.integer(share.sections()),
                                CsvNumbers.decimal(share.sharePct(), 2));
                    }));
            return new WrittenOutput(THEMES_FILE, THEMES_KIND, file.rows());
        }
    }

    /**
     * Entity by entity (alphabetical), then report by edition, so one entity's rise and fall
     * reads down consecutive rows. Only the counts are held in memory, never the records.
     *
     * @param mentions per entity, the sections naming it per report ({@link #countEntities})
     */
    private WrittenOutput writeEntities(RunSnapshot run, Path runDir, Map<String, Map<String, Integer>> mentions)
            throws IOException {
        Map<String, ReportInfo> reports = reportsById(run);
        try (CsvFile file = new CsvFile(runDir.resolve(ENTITIES_FILE), settings.byteOrderMark(), ENTITIES_HEADER)) {
            mentions.forEach((entity, byReport) -> {
                List<ReportInfo> in = new ArrayList<>();
                byReport.keySet().forEach(id -> in.add(reports.getOrDefault(id, unknownReport(id))));
                in.sort(Comparator.comparingInt(ReportInfo::edition));
                for (ReportInfo report : in) {
                    file.row(text(entity), text(report.reportId()), text(report.title()), text(report.period()),
                            CsvNumbers.integer(byReport.get(report.reportId())));
                }
            });
            return new WrittenOutput(ENTITIES_FILE, ENTITIES_KIND, file.rows());
        }
    }

    private static void countEntities(TrendRecord r, Map<String, Map<String, Integer>> mentions) {
        Set<String> distinct = new LinkedHashSet<>();
        for (String entity : r.entities()) {
            if (entity != null && !entity.isBlank()) {
                distinct.add(entity.strip());
            }
        }
        for (String entity : distinct) {
            mentions.computeIfAbsent(entity, k -> new LinkedHashMap<>()).merge(r.reportId(), 1, Integer::sum);
        }
    }

    private static Map<String, ReportInfo> reportsById(RunSnapshot run) {
        Map<String, ReportInfo> byId = new LinkedHashMap<>();
        run.reports().forEach(r -> byId.put(r.reportId(), r));
        return byId;
    }

    /** A record whose report is missing from {@code reports()} still gets its row, sorted last. */
    private static ReportInfo unknownReport(String reportId) {
        return new ReportInfo(reportId, "", "", "", "", "", 0, 0, Integer.MAX_VALUE);
    }

    private String text(String value) {
        return guard.apply(value);
    }

    private String list(List<String> values) {
        return guard.apply(String.join(LIST_SEPARATOR, values.stream().map(v -> v == null ? "" : v).toList()));
    }
}
