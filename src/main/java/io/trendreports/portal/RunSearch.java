package io.trendreports.portal;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

import com.opencsv.CSVReaderHeaderAware;
import com.opencsv.exceptions.CsvValidationException;

import io.trendreports.csv.CsvWriter;
import io.trendreports.csv.SectionColumn;
import io.trendreports.pdf.BriefWriter;
/**
 * Search by report title, section title, theme, entity or summary text over each kept run's
 * {@code sections.csv} (the published record of the run, so results always match what can be
 * downloaded). By default only the newest run is searched; one run or all kept runs can be
 * chosen. Across runs a section kept unchanged from night to night is listed once, from the
 * newest run holding it, with the number of older runs that hold it too. Parsed files are cached
 * per run; published runs never change.
 */
@Component
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class RunSearch {

    /** The scope value that searches every kept run. */
    static final String ALL_RUNS = "all";

    private static final Logger log = LoggerFactory.getLogger("io.trendreports.portal");

    private final RunCatalog catalog;
    private final int limit;
    private final Map<String, List<SectionRow>> sections = new ConcurrentHashMap<>();

    RunSearch(RunCatalog catalog, PortalProperties properties) {
        this.catalog = catalog;
        this.limit = properties.searchLimit();
    }

    /**
     * @param matchedOn what the query matched: title, section, theme, entity or text
     * @param alsoIn    how many older kept runs hold the same section
     */
    public record Hit(String runId, SectionRow section, String matchedOn, String briefPath, Snippet snippet,
                      int alsoIn) {
    }

    /** A run the search can be limited to. */
    public record Scope(String value, String label) {
    }

    /**
     * @param scope     the run searched, or {@link #ALL_RUNS}
     * @param scopes    the choices offered, newest run first
     * @param truncated whether more sections matched than are returned
     */
    public record Result(String query, String scope, List<Scope> scopes, List<Hit> hits, boolean truncated,
                         int runsSearched) {
    }

    Result search(String query, String scope) {
        String shown = query == null ? "" : query.strip();
        String q = shown.toLowerCase(Locale.ROOT);
        List<PublishedRun> runs = catalog.runs();
        sections.keySet().retainAll(new HashSet<>(runs.stream().map(PublishedRun::runId).toList()));
        List<Scope> scopes = scopes(runs);
        String chosen = scope == null || scope.isBlank() ? (runs.isEmpty() ? ALL_RUNS : runs.get(0).runId()) : scope;
        List<PublishedRun> searched = ALL_RUNS.equals(chosen) ? runs
                : runs.stream().filter(r -> r.runId().equals(chosen)).toList();
        if (q.isEmpty()) {
            return new Result("", chosen, scopes, List.of(), false, searched.size());
        }
        Map<String, Hit> bySection = new LinkedHashMap<>();
        boolean truncated = false;
        // newest run first: the first run holding a section is the one listed
        for (PublishedRun run : searched) {
            for (SectionRow row : sections(run)) {
                Optional<String> matched = match(row, q);
                if (matched.isEmpty()) {
                    continue;
                }
                Hit seen = bySection.get(row.sameSectionKey());
                if (seen != null) {
                    bySection.put(row.sameSectionKey(), new Hit(seen.runId(), seen.section(), seen.matchedOn(),
                            seen.briefPath(), seen.snippet(), seen.alsoIn() + 1));
                    continue;
                }
                if (bySection.size() == limit) {
                    truncated = true;
                    continue;
                }
                String brief = BriefWriter.pathOf(row.reportId());
                bySection.put(row.sameSectionKey(), new Hit(run.runId(), row, matched.get(),
                        run.servable(brief).isPresent() ? brief : null, Snippet.of(row.summary(), shown), 0));
            }
        }
        return new Result(shown, chosen, scopes, List.copyOf(bySection.values()), truncated, searched.size());
    }

    private static List<Scope> scopes(List<PublishedRun> runs) {
        List<Scope> scopes = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            PublishedRun run = runs.get(i);
            String when = RunRows.time(run.manifest().startedAt());
            scopes.add(new Scope(run.runId(), (i == 0 ? "Newest run, " : "Run of ") + when));
        }
        scopes.add(new Scope(ALL_RUNS, "All " + runs.size() + " kept runs"));
        return scopes;
    }

    private static Optional<String> match(SectionRow row, String q) {
        if (row.reportTitle().toLowerCase(Locale.ROOT).contains(q)) {
            return Optional.of("title");
        }
        if (row.sectionTitle().toLowerCase(Locale.ROOT).contains(q)) {
            return Optional.of("section");
        }
        if (row.themeLabel().toLowerCase(Locale.ROOT).contains(q) || row.themeId().toLowerCase(Locale.ROOT)
                .contains(q)) {
            return Optional.of("theme");
        }
        if (row.entities().stream().anyMatch(e -> e.toLowerCase(Locale.ROOT).contains(q))) {
            return Optional.of("entity");
        }
        if (row.summary().toLowerCase(Locale.ROOT).contains(q)) {
            return Optional.of("text");
        }
        return Optional.empty();
    }

    /** The run's sections as published, in report then section order. */
    List<SectionRow> sections(PublishedRun run) {
        return sections.computeIfAbsent(run.runId(), id -> read(run));
    }

    private static List<SectionRow> read(PublishedRun run) {
        if (run.servable(CsvWriter.SECTIONS_FILE).isEmpty()) {
            return List.of();
        }
        List<SectionRow> rows = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(run.folder().resolve(CsvWriter.SECTIONS_FILE), StandardCharsets.UTF_8);
             CSVReaderHeaderAware csv = new CSVReaderHeaderAware(in)) {
            Map<String, String> r;
            while ((r = csv.readMap()) != null) {
                rows.add(new SectionRow(text(r, SectionColumn.REPORT_ID), text(r, SectionColumn.REPORT_TITLE),
                        text(r, SectionColumn.PERIOD), text(r, SectionColumn.SECTION_NO),
                        text(r, SectionColumn.SECTION_TITLE), text(r, SectionColumn.THEME_ID),
                        text(r, SectionColumn.THEME_LABEL), list(text(r, SectionColumn.ENTITIES)),
                        text(r, SectionColumn.SOURCE_SHA256), text(r, SectionColumn.SUMMARY),
                        text(r, SectionColumn.TOPIC)));
            }
        } catch (IOException | CsvValidationException | RuntimeException e) {
            log.warn("portal: cannot search run {}: {}", run.runId(), e.getMessage());
        }
        return List.copyOf(rows);
    }

    /** The CSV's formula guard prefixes risky text with ' (docs/manual.md); the portal shows the text. */
    private static String text(Map<String, String> row, SectionColumn column) {
        String v = row.getOrDefault(column.header(), "");
        if (v == null) {
            return "";
        }
        return v.length() > 1 && v.charAt(0) == '\'' && "=+-@\t\r".indexOf(v.charAt(1)) >= 0 ? v.substring(1) : v;
    }

    private static List<String> list(String joined) {
        return joined.isBlank() ? List.of() : Arrays.stream(joined.split(CsvWriter.LIST_SEPARATOR)).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
    }
}
