package io.trendreports.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Consumer;

import org.springframework.jdbc.core.JdbcTemplate;

import io.trendreports.model.InputFile;
import io.trendreports.model.ReportInfo;
import io.trendreports.model.RunInfo;
import io.trendreports.model.RunSnapshot;
import io.trendreports.model.Theme;
import io.trendreports.model.ThemeShare;
import io.trendreports.model.TrendRecord;

/**
 * A run as stored: reports and aggregates are small and queried once; records are streamed from
 * the database so that writers never hold the whole corpus.
 */
final class JdbcRunSnapshot implements RunSnapshot {

    private static final String RECORD_COLUMNS = "r.report_id, i.title, i.period, i.language, i.file_name,"
            + " i.sha256, r.section_no, r.section_title, r.theme_id, r.theme_label, r.theme_score, r.summary,"
            + " r.key_terms, r.entities, r.sectors, r.word_count, r.sentence_count, r.share_pct";
    private static final String ORDER = " ORDER BY COALESCE(i.period, ''), i.title, i.file_name";

    private final JdbcTemplate jdbc;
    private final RunInfo run;
    private final List<Theme> themes;
    private final List<InputFile> inputs;
    private final List<ReportInfo> reports;
    private final List<ThemeShare> shares;

    JdbcRunSnapshot(JdbcTemplate jdbc, RunInfo run, List<Theme> themes, List<InputFile> inputs) {
        this.jdbc = jdbc;
        this.run = run;
        this.themes = List.copyOf(themes);
        this.inputs = List.copyOf(inputs);
        this.reports = loadReports();
        this.shares = jdbc.query("SELECT theme_id, report_id, SUM(share_pct), COUNT(*) FROM tr_record"
                        + " WHERE run_id = ? GROUP BY theme_id, report_id ORDER BY report_id, theme_id",
                (rs, i) -> new ThemeShare(rs.getString(1), rs.getString(2), hundredths(rs.getDouble(3)), rs.getInt(4)),
                run.runId());
    }

    private List<ReportInfo> loadReports() {
        int[] edition = {0};
        return jdbc.query("SELECT i.report_id, i.title, i.period, i.language, i.file_name, i.sha256, i.sections,"
                        + " i.words FROM tr_input i WHERE i.run_id = ? AND i.status = 'PROCESSED'" + ORDER,
                (rs, n) -> new ReportInfo(rs.getString(1), rs.getString(2), nonNull(rs.getString(3)),
                        nonNull(rs.getString(4)), rs.getString(5), rs.getString(6), rs.getInt(7), rs.getInt(8),
                        ++edition[0]), run.runId());
    }

    @Override
    public RunInfo run() {
        return run;
    }

    @Override
    public List<ReportInfo> reports() {
        return reports;
    }

    @Override
    public List<InputFile> inputs() {
        return inputs;
    }

    @Override
    public List<Theme> themes() {
        return themes;
    }

    @Override
    public List<TrendRecord> recordsOf(String reportId) {
        return jdbc.query("SELECT " + RECORD_COLUMNS + " FROM tr_record r JOIN tr_input i"
                        + " ON i.run_id = r.run_id AND i.report_id = r.report_id"
                        + " WHERE r.run_id = ? AND r.report_id = ? ORDER BY r.seq",
                (rs, n) -> record(rs), run.runId(), reportId);
    }

    @Override
    public void forEachRecord(Consumer<TrendRecord> action) {
        // one report at a time keeps memory bounded without relying on driver cursor support
        for (ReportInfo report : reports) {
            recordsOf(report.reportId()).forEach(action);
        }
    }

    @Override
    public List<ThemeShare> themeShares() {
        return shares;
    }

    private static TrendRecord record(ResultSet rs) throws SQLException {
        return new TrendRecord(rs.getString(1), rs.getString(2), nonNull(rs.getString(3)), nonNull(rs.getString(4)),
                rs.getString(5), rs.getString(6), rs.getInt(7), nonNull(rs.getString(8)), rs.getString(9),
                nonNull(rs.getString(10)), rs.getDouble(11), nonNull(rs.getString(12)),
                ListColumn.split(rs.getString(13)), ListColumn.split(rs.getString(14)),
                ListColumn.split(rs.getString(15)), rs.getInt(16), rs.getInt(17), rs.getDouble(18));
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
