package io.trendreports.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import io.trendreports.model.Theme;
import io.trendreports.model.TrendRecord;

/**
 * The themes discovered per topic, kept from run to run ({@code tr_theme}), which theme each
 * section was given ({@code tr_section_theme}), and the assignment of this run's records to them.
 * Theme ids and labels outlive the runs whose records founded them, so a theme is "new" only the
 * first time its trend appears.
 */
public class ThemeStore {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;

    public ThemeStore(JdbcTemplate jdbc, TransactionTemplate tx) {
        this.jdbc = jdbc;
        this.tx = tx;
    }

    /** A discovered theme as kept: its id, label and the signature the next run compares sections with. */
    public record StoredTheme(String id, String label, String signature) {
    }

    /**
     * A record of the run whose theme is discovered rather than taken from a taxonomy: the
     * sections a taxonomy left {@code other}, and those an earlier discovery placed.
     */
    /** @param text the section's body as read (its summary for records stored before bodies were) */
    /** @param position the section's place in its report, 1-based (section numbers may repeat) */
    public record OpenSection(String topic, String reportId, int position, String title, String text,
                              String language, List<String> keyTerms, List<String> entities) {

        /** The section's key across runs: report id and position, e.g. {@code llm-2024#3}. */
        public String key() {
            return reportId + "#" + position;
        }
    }

    /** @param score the similarity of the section to its theme, in [0, 1] */
    public record Assignment(String reportId, int position, String themeId, String label, double score) {
    }

    public List<StoredTheme> themes(String topic) {
        return jdbc.query("SELECT theme_id, label, signature FROM tr_theme WHERE topic = ? ORDER BY first_run, theme_id",
                (rs, i) -> new StoredTheme(rs.getString(1), rs.getString(2), rs.getString(3)), topic);
    }

    /** Where an earlier run placed a section, and the hash of the heading it had then. */
    public record Placement(String themeId, String headingSha) {
    }

    /** Section key to its placement, for every section of the topic an earlier run placed. */
    public Map<String, Placement> placements(String topic) {
        Map<String, Placement> placed = new LinkedHashMap<>();
        jdbc.query("SELECT section_key, theme_id, heading_sha FROM tr_section_theme WHERE topic = ?",
                rs -> {
                    placed.put(rs.getString(1), new Placement(rs.getString(2), rs.getString(3)));
                }, topic);
        return placed;
    }

    /** The run's sections that get a discovered theme, oldest report first, each in section order. */
    public List<OpenSection> openSections(String runId) {
        return jdbc.query("SELECT i.topic, r.report_id, r.seq, r.section_title,"
                        + " COALESCE(NULLIF(t.body, ''), NULLIF(r.body, ''), r.summary), i.language,"
                        + " r.key_terms, r.entities FROM tr_record r JOIN tr_input i"
                        + " ON i.run_id = r.run_id AND i.report_id = r.report_id" + SectionTexts.join()
                        + " WHERE r.run_id = ? AND (r.theme_id = ? OR r.theme_source = ?)"
                        + " ORDER BY COALESCE(i.period, ''), COALESCE(i.first_seen, i.run_id), i.title, i.file_name, r.seq",
                (rs, i) -> new OpenSection(nonNull(rs.getString(1)), rs.getString(2), rs.getInt(3),
                        nonNull(rs.getString(4)), nonNull(rs.getString(5)), nonNull(rs.getString(6)),
                        ListColumn.split(rs.getString(7)), ListColumn.split(rs.getString(8))),
                runId, Theme.OTHER_ID, TrendRecord.DISCOVERED);
    }

    /**
     * Keeps the topic's themes and placements as discovery left them, and gives the run's records
     * their discovered themes, in one transaction.
     */
    public void save(String runId, String topic, List<StoredTheme> themes, Map<String, Placement> placements,
                     List<Assignment> assignments) {
        tx.executeWithoutResult(status -> {
            for (StoredTheme t : themes) {
                int updated = jdbc.update("UPDATE tr_theme SET label = ?, signature = ?, last_run = ?"
                        + " WHERE topic = ? AND theme_id = ?", t.label(), t.signature(), runId, topic, t.id());
                if (updated == 0) {
                    jdbc.update("INSERT INTO tr_theme (topic, theme_id, label, signature, first_run, last_run)"
                            + " VALUES (?,?,?,?,?,?)", topic, t.id(), t.label(), t.signature(), runId, runId);
                }
            }
            jdbc.update("DELETE FROM tr_section_theme WHERE topic = ?", topic);
            List<Object[]> rows = new ArrayList<>();
            placements.forEach((key, p) -> rows.add(new Object[] {topic, key, p.themeId(), p.headingSha()}));
            jdbc.batchUpdate("INSERT INTO tr_section_theme (topic, section_key, theme_id, heading_sha)"
                    + " VALUES (?,?,?,?)", rows);
            List<Object[]> updates = new ArrayList<>();
            for (Assignment a : assignments) {
                updates.add(new Object[] {a.themeId(), a.label(), a.score(), TrendRecord.DISCOVERED, runId,
                        a.reportId(), a.position()});
            }
            jdbc.batchUpdate("UPDATE tr_record SET theme_id = ?, theme_label = ?, theme_score = ?, theme_source = ?"
                    + " WHERE run_id = ? AND report_id = ? AND seq = ?", updates);
        });
    }

    /** The discovered themes the run's records carry, topic by topic, in order of first appearance. */
    public List<Theme> runThemes(String runId) {
        return jdbc.query("SELECT r.theme_id, MIN(r.theme_label), MIN(i.topic),"
                        + " MIN(COALESCE(i.period, '') || '|' || i.title) FROM tr_record r JOIN tr_input i"
                        + " ON i.run_id = r.run_id AND i.report_id = r.report_id"
                        + " WHERE r.run_id = ? AND r.theme_source = ? AND r.theme_id <> ?"
                        + " GROUP BY r.theme_id ORDER BY 3, 4, 1",
                (rs, i) -> new Theme(rs.getString(1), rs.getString(2)), runId, TrendRecord.DISCOVERED, Theme.OTHER_ID);
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }
}
