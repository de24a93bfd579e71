package io.trendreports.portal;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
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
 * Search across the kept runs by report title, theme or entity, over each run's
 * {@code sections.csv} (the published record of the run, so results always match what can be
 * downloaded). Parsed files are cached per run; published runs never change.
 */
@Component
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class RunSearch {

    private static final Logger log = LoggerFactory.getLogger("io.trendreports.portal");

    private final RunCatalog catalog;
    private final int limit;
    private final Map<String, List<SectionRow>> sections = new ConcurrentHashMap<>();

    RunSearch(RunCatalog catalog, PortalProperties properties) {
        this.catalog = catalog;
        this.limit = properties.searchLimit();
    }

    /** @param matchedOn what the query matched: title, theme or entity */
    public record Hit(String runId, SectionRow section, String matchedOn, String briefPath) {
    }

    /** @param truncated whether more sections matched than are returned */
    public record Result(String query, List<Hit> hits, boolean truncated, int runsSearched) {
    }

    Result search(String query) {
        String q = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        List<PublishedRun> runs = catalog.runs();
        sections.keySet().retainAll(new HashSet<>(runs.stream().map(PublishedRun::runId).toList()));
        List<Hit> hits = new ArrayList<>();
        if (q.isEmpty()) {
            return new Result("", hits, false, runs.size());
        }
        for (PublishedRun run : runs) {
            for (SectionRow row : sections(run)) {
                Optional<String> matched = match(row, q);
                if (matched.isEmpty()) {
                    continue;
                }
                if (hits.size() == limit) {
                    return new Result(query.strip(), hits, true, runs.size());
                }
                String brief = BriefWriter.pathOf(row.reportId());
                hits.add(new Hit(run.runId(), row, matched.get(),
                        run.servable(brief).isPresent() ? brief : null));
            }
        }
        return new Result(query.strip(), hits, false, runs.size());
    }

    private static Optional<String> match(SectionRow row, String q) {
        if (row.reportTitle().toLowerCase(Locale.ROOT).contains(q)) {
            return Optional.of("title");
        }
        if (row.themeLabel().toLowerCase(Locale.ROOT).contains(q) || row.themeId().toLowerCase(Locale.ROOT)
                .contains(q)) {
            return Optional.of("theme");
        }
        if (row.entities().stream().anyMatch(e -> e.toLowerCase(Locale.ROOT).contains(q))) {
            return Optional.of("entity");
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
                        text(r, SectionColumn.THEME_LABEL), list(text(r, SectionColumn.ENTITIES))));
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
