package io.trendreports.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import org.springframework.jdbc.core.JdbcTemplate;

import io.trendreports.model.EditionDiff;
import io.trendreports.model.InputFile;
import io.trendreports.model.ReportInfo;
import io.trendreports.model.RunInfo;
import io.trendreports.model.RunSnapshot;
import io.trendreports.model.Theme;
import io.trendreports.model.ThemeChange;
import io.trendreports.model.ThemeShare;
import io.trendreports.model.TrendRecord;

/**
 * A run as stored: reports and aggregates are small and queried once; records are streamed from
 * the database so that writers never hold the whole corpus.
 */
final class JdbcRunSnapshot implements RunSnapshot {

    private static final String RECORD_COLUMNS = "r.report_id, r.section_no, r.section_title, r.theme_id,"
            + " r.theme_label, r.theme_score, r.summary, r.key_terms, r.entities, r.sectors, r.word_count,"
            + " r.sentence_count, r.share_pct, r.theme_source, r.metrics, r.entity_kinds";
    /** Reports whose records one query of {@link #forEachRecord} fetches: bounds memory and query count. */
    static final int REPORTS_PER_QUERY = 200;
    /** Editions of the same period (a report.md rewritten nightly) follow the order they were first read in. */
    private static final String ORDER = " ORDER BY COALESCE(i.period, ''), COALESCE(i.first_seen, i.run_id), i.title,"
            + " i.file_name";

    private final JdbcTemplate jdbc;
    private final RunInfo run;
    private final List<Theme> themes;
    private final List<InputFile> inputs;
    private final List<ReportInfo> reports;
    private final List<ThemeShare> shares;
    private final Map<String, ReportInfo> reportsById;
    private List<ThemeChange> changes;
    private Map<String, List<ThemeChange>> changesByReport;
    /** {@link EditionDiff#followingPairs}, worked out once. */
    private Set<String> consecutive;
    private final Map<String, EditionDiff> editionDiffs = new ConcurrentHashMap<>();
    /** Per thread: the records read ahead for a writer going through the reports in order. */
    private final ThreadLocal<ReadAhead> readAhead = ThreadLocal.withInitial(ReadAhead::new);

    JdbcRunSnapshot(JdbcTemplate jdbc, RunInfo run, List<Theme> themes, List<InputFile> inputs) {
        this.jdbc = jdbc;
        this.run = run;
        this.themes = List.copyOf(themes);
        this.inputs = List.copyOf(inputs);
        this.reports = loadReports();
        this.reportsById = new HashMap<>();
        reports.forEach(r -> reportsById.put(r.reportId(), r));
        // ids are shared with the reports and themes rather than copied per row: a run of 10,000
        // reports has some 100,000 shares, and every writer step holds them for its whole step
        Map<String, String> themeIds = new HashMap<>();
        themes.forEach(t -> themeIds.put(t.id(), t.id()));
        this.shares = jdbc.query("SELECT theme_id, report_id, SUM(share_pct), COUNT(*) FROM tr_record"
                        + " WHERE run_id = ? GROUP BY theme_id, report_id ORDER BY report_id, theme_id",
                (rs, i) -> new ThemeShare(themeIds.computeIfAbsent(rs.getString(1), id -> id),
                        canonicalReportId(rs.getString(2)), hundredths(rs.getDouble(3)), rs.getInt(4)),
                run.runId());
    }

    private List<ReportInfo> loadReports() {
        int[] edition = {0};
        return jdbc.query("SELECT i.report_id, i.title, i.period, i.language, i.file_name, i.sha256, i.sections,"
                        + " i.words, i.topic, i.topic_label, i.remembered FROM tr_input i WHERE i.run_id = ?"
                        + " AND i.status = 'PROCESSED'"
                        + ORDER,
                (rs, n) -> new ReportInfo(rs.getString(1), rs.getString(2), nonNull(rs.getString(3)),
                        nonNull(rs.getString(4)), RecordStore.originalName(rs.getString(5)), rs.getString(6), rs.getInt(7),
                        rs.getInt(8),
                        ++edition[0], nonNull(rs.getString(9)), nonNull(rs.getString(10)), rs.getBoolean(11)),
                run.runId());
    }

    private String canonicalReportId(String reportId) {
        ReportInfo report = reportsById.get(reportId);
        return report == null ? reportId : report.reportId();
    }

    @Override
    public RunInfo run() {
        return run;
    }

    @Override
    public List<ReportInfo> reports() {
        return reports;
    }

    /** Worked out once: every brief of a slice asks for its report's changes. */
    @Override
    public synchronized List<ThemeChange> changes() {
        if (changes == null) {
            changes = List.copyOf(RunSnapshot.super.changes());
        }
        return changes;
    }

    /**
     * Worked out for the pairs asked for only: the digest shows a few hundred editions, and working
     * out every pair of a run read every record. No lock is held while the records are read, so
     * the briefs asking for {@link #changesTo} meanwhile do not wait.
     */
    @Override
    public Optional<EditionDiff> editionDiff(String fromReportId, String toReportId) {
        String pair = EditionDiff.pairKey(fromReportId, toReportId);
        if (!consecutivePairs().contains(pair)) {
            return Optional.empty();
        }
        EditionDiff known = editionDiffs.get(pair);
        if (known == null) {
            known = EditionDiff.between(recordsOf(fromReportId), recordsOf(toReportId));
            editionDiffs.put(pair, known);
        }
        return Optional.of(known);
    }

    private synchronized Set<String> consecutivePairs() {
        if (consecutive == null) {
            consecutive = EditionDiff.followingPairs(reports);
        }
        return consecutive;
    }

    /** Indexed once: each brief asks for its own report's changes. */
    @Override
    public synchronized List<ThemeChange> changesTo(String reportId) {
        if (changesByReport == null) {
            changesByReport = new HashMap<>();
            changes().forEach(c -> changesByReport.computeIfAbsent(c.toReportId(), k -> new ArrayList<>()).add(c));
        }
        return changesByReport.getOrDefault(reportId, List.of());
    }

    @Override
    public List<InputFile> inputs() {
        return inputs;
    }

    @Override
    public List<Theme> themes() {
        return themes;
    }

    /**
     * A per-report writer reads each report's records for its reuse key and then, when the file
     * must be written, again to write it; briefs go through the reports in order, one query per
     * report. A thread that asks for the report after the one it last asked for gets the records
     * of the next {@link #REPORTS_PER_QUERY} reports read in one query and kept until it leaves
     * them; any other request reads just that report.
     */
    @Override
    public List<TrendRecord> recordsOf(String reportId) {
        ReportInfo report = reportsById.get(reportId);
        if (report == null) {
            return List.of();
        }
        int index = report.edition() - 1;
        ReadAhead ahead = readAhead.get();
        List<TrendRecord> held = ahead.records.get(reportId);
        if (held == null) {
            boolean inOrder = index == ahead.lastIndex + 1;
            ahead.records = fetch(reports.subList(index, inOrder
                    ? Math.min(reports.size(), index + REPORTS_PER_QUERY) : index + 1));
            held = ahead.records.getOrDefault(reportId, List.of());
        }
        ahead.lastIndex = index;
        return held;
    }

    private static final class ReadAhead {
        int lastIndex = -2;
        Map<String, List<TrendRecord>> records = Map.of();
    }

    /**
     * Fetches the records of a few hundred reports per query (an IN list on the primary key) and
     * hands them on in report order: a bounded number of records in memory and a handful of
     * queries per writer, on any database, without relying on driver cursor support.
     */
    @Override
    public void forEachRecord(Consumer<TrendRecord> action) {
        for (int from = 0; from < reports.size(); from += REPORTS_PER_QUERY) {
            List<ReportInfo> batch = reports.subList(from, Math.min(reports.size(), from + REPORTS_PER_QUERY));
            Map<String, List<TrendRecord>> byReport = fetch(batch);
            for (ReportInfo report : batch) {
                byReport.getOrDefault(report.reportId(), List.of()).forEach(action);
            }
        }
    }

    /** The records of {@code batch}, by report, each in section order, unmodifiable. */
    private Map<String, List<TrendRecord>> fetch(List<ReportInfo> batch) {
        Map<String, List<TrendRecord>> byReport = new HashMap<>();
        // the ids are written into the statement as literals rather than bound as parameters: H2
        // checks every row it finds against an IN list of parameters one by one, against a list of
        // constants by hash (a full pass over 100,000 records: 1.3-1.7 s against 2.0-4.5 s), and
        // looks both up in tr_record_report. A join with a VALUES list is no way round it: on a
        // database of a few runs H2 scans the run's rows for each listed id instead.
        StringBuilder ids = new StringBuilder();
        for (ReportInfo report : batch) {
            ids.append(ids.isEmpty() ? "" : ",").append(SqlLiteral.of(report.reportId()));
        }
        jdbc.query("SELECT " + RECORD_COLUMNS + " FROM tr_record r WHERE r.run_id = ? AND r.report_id IN (" + ids + ")"
                + " ORDER BY r.report_id, r.seq", rs -> {
                    ReportInfo report = reportsById.get(rs.getString(1));
                    byReport.computeIfAbsent(report.reportId(), id -> new ArrayList<>()).add(record(report, rs));
                }, run.runId());
        byReport.replaceAll((id, records) -> Collections.unmodifiableList(records));
        return byReport;
    }

    @Override
    public List<ThemeShare> themeShares() {
        return shares;
    }

    private static TrendRecord record(ReportInfo report, ResultSet rs) throws SQLException {
        return new TrendRecord(report.reportId(), report.title(), report.period(), report.language(),
                report.sourceFile(), report.sourceSha256(), rs.getInt(2), nonNull(rs.getString(3)), rs.getString(4),
                nonNull(rs.getString(5)), rs.getDouble(6), nonNull(rs.getString(7)),
                ListColumn.split(rs.getString(8)), ListColumn.split(rs.getString(9)),
                ListColumn.split(rs.getString(10)), rs.getInt(11), rs.getInt(12), rs.getDouble(13), report.topic(),
                report.topicLabel(), nonNull(rs.getString(14)), ListColumn.split(rs.getString(15)),
                ListColumn.split(rs.getString(16)));
    }

    /**
     * Section shares are stored in hundredths of a percent; rounding their sum to the same
     * precision removes floating-point noise, which differs between databases' SUM orders.
     */
    private static double hundredths(double value) {
        return Math.round(value * 100.0) / 100.0;
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }
}
