package io.trendreports.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import io.trendreports.model.InputFile;
import io.trendreports.model.InputStatus;
import io.trendreports.model.RunInfo;
import io.trendreports.model.RunSnapshot;
import io.trendreports.model.SourceReport;
import io.trendreports.model.Theme;
import io.trendreports.model.TrendRecord;
import io.trendreports.model.WrittenOutput;

/**
 * Writes what a run produced and opens {@link RunSnapshot}s over it. Every save replaces earlier
 * rows of the same run and file, so a chunk retried after a crash or restart never duplicates.
 *
 * <p>The steps writing a run's outputs side by side share one snapshot: its report list and theme
 * shares grow with the reports of the run, and each step holding its own copy (and running the
 * same aggregate queries at the same moment) was most of the run's peak memory at 10,000
 * reports. Any write to the store drops the shared snapshot, so none outlives what it shows.
 */
public class RecordStore {

    /** Remembered editions are stored under this file-name prefix, apart from the folder's files. */
    private static final String HISTORY_PREFIX = "history:";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final Object snapshotLock = new Object();
    private SharedSnapshot shared;
    private final SectionTexts texts;

    public RecordStore(JdbcTemplate jdbc, TransactionTemplate tx) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.texts = new SectionTexts(jdbc, tx);
    }

    /**
     * @param configFingerprint identifies the configuration the records were made with, so they
     *                          are only reused under the same configuration
     */
    public void saveProcessed(String runId, SourceReport report, List<TrendRecord> records, List<String> warnings,
                              String structure, String configFingerprint) {
        int words = records.stream().mapToInt(TrendRecord::wordCount).sum();
        forgetSnapshot();
        Map<Integer, String> bodies = new HashMap<>();
        report.sections().forEach(section -> bodies.putIfAbsent(section.number(), section.body()));
        texts.save(report.sourceSha256(), configFingerprint, records.stream()
                .map(r -> clip(bodies.getOrDefault(r.sectionNo(), ""), 100000)).toList());
        tx.executeWithoutResult(status -> {
            deleteInput(runId, report.sourceFile(), report.reportId());
            TrendRecord first = records.isEmpty() ? null : records.get(0);
            jdbc.update("INSERT INTO tr_input (run_id, file_name, sha256, status, reason, report_id, title, period,"
                            + " language, sections, words, warnings, config_sha, structure, topic, topic_label, first_seen)"
                            + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                    runId, report.sourceFile(), report.sourceSha256(), InputStatus.PROCESSED.name(), "",
                    report.reportId(), clip(report.title(), 4000), clip(report.period(), 64),
                    first == null ? report.language() : first.language(), records.size(), words,
                    clip(String.join("\n", warnings), 4000), configFingerprint, clip(structure, 1000),
                    first == null ? "" : clip(first.topic(), 128), first == null ? "" : clip(first.topicLabel(), 1000),
                    runId);
            List<Object[]> rows = new ArrayList<>();
            int seq = 0;
            for (TrendRecord r : records) {
                rows.add(new Object[] {runId, r.reportId(), ++seq, r.sectionNo(), clip(r.sectionTitle(), 100000),
                        r.themeId(), r.themeLabel(), r.themeScore(), clip(r.summary(), 100000),
                        clip(ListColumn.join(r.keyTerms()), 100000), clip(ListColumn.join(r.entities()), 100000),
                        clip(ListColumn.join(r.sectors()), 10000), r.wordCount(), r.sentenceCount(), r.sharePct(),
                        r.themeSource(), clip(ListColumn.join(r.metrics()), 100000),
                        clip(ListColumn.join(r.entityKinds()), 10000)});
            }
            // the section's text is kept by SectionTexts, once for every run that reads this content
            jdbc.batchUpdate("INSERT INTO tr_record (run_id, report_id, seq, section_no, section_title, theme_id,"
                    + " theme_label, theme_score, summary, key_terms, entities, sectors, word_count, sentence_count,"
                    + " share_pct, theme_source, metrics, entity_kinds)"
                    + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", rows);
        });
    }

    /**
     * The newest stored report made from exactly this content under this configuration, whose
     * records can be copied instead of parsing the file again.
     */
    public Optional<StoredReport> findReusable(String sha256, String configFingerprint) {
        List<StoredReport> found = jdbc.query("SELECT run_id, report_id FROM tr_input WHERE sha256 = ? AND config_sha = ?"
                        + " AND status = 'PROCESSED' ORDER BY run_id DESC",
                (rs, i) -> new StoredReport(rs.getString(1), rs.getString(2)), sha256, configFingerprint);
        return found.stream().findFirst();
    }

    /** Copies a stored report and its records into another run, under the given id and file name. */
    public int copyProcessed(StoredReport from, String runId, String reportId, String fileName) {
        forgetSnapshot();
        Integer copied = tx.execute(status -> {
            deleteInput(runId, fileName, reportId);
            return copy(from, runId, reportId, fileName, false);
        });
        return copied == null ? 0 : copied;
    }

    /**
     * Copies an edition of an earlier run into this one as history: its file is gone from the
     * input folder, but its topic's later editions are compared with it.
     */
    public int remember(StoredReport from, String runId, String reportId) {
        forgetSnapshot();
        Integer copied = tx.execute(status -> {
            String fileName = jdbc.queryForObject("SELECT file_name FROM tr_input WHERE run_id = ? AND report_id = ?",
                    String.class, from.runId(), from.reportId());
            return copy(from, runId, reportId, HISTORY_PREFIX + reportId + "/" + originalName(fileName), true);
        });
        return copied == null ? 0 : copied;
    }

    /** Removes the editions a run remembered, so that choosing them again starts clean. */
    public void forgetRemembered(String runId) {
        forgetSnapshot();
        tx.executeWithoutResult(status -> {
            for (String id : jdbc.queryForList("SELECT report_id FROM tr_input WHERE run_id = ? AND remembered = TRUE",
                    String.class, runId)) {
                jdbc.update("DELETE FROM tr_record WHERE run_id = ? AND report_id = ?", runId, id);
            }
            jdbc.update("DELETE FROM tr_input WHERE run_id = ? AND remembered = TRUE", runId);
        });
    }

    /** Every processed edition of a run, read from the folder or remembered, newest first seen first. */
    public List<StoredEdition> editions(String runId) {
        return jdbc.query("SELECT report_id, sha256, topic, COALESCE(first_seen, run_id), file_name, remembered"
                        + " FROM tr_input WHERE run_id = ? AND status = 'PROCESSED'"
                        + " ORDER BY COALESCE(first_seen, run_id) DESC, report_id",
                (rs, i) -> new StoredEdition(new StoredReport(runId, rs.getString(1)), rs.getString(2),
                        rs.getString(3) == null ? "" : rs.getString(3), rs.getString(4),
                        originalName(rs.getString(5)), rs.getBoolean(6)), runId);
    }

    private int copy(StoredReport from, String runId, String reportId, String fileName, boolean remembered) {
        jdbc.update("INSERT INTO tr_input (run_id, file_name, sha256, status, reason, report_id, title, period,"
                + " language, sections, words, warnings, config_sha, reused_from, structure, topic, topic_label,"
                + " first_seen, remembered)"
                + " SELECT ?, ?, sha256, status, reason, ?, title, period, language, sections, words, warnings,"
                + " config_sha, ?, structure, topic, topic_label, COALESCE(first_seen, run_id), ? FROM tr_input"
                + " WHERE run_id = ? AND report_id = ?", runId, fileName, reportId, from.runId(), remembered,
                from.runId(), from.reportId());
        keepTextsOfRecordsStoredWithThem(from);
        return jdbc.update("INSERT INTO tr_record (run_id, report_id, seq, section_no, section_title, theme_id,"
                + " theme_label, theme_score, summary, key_terms, entities, sectors, word_count, sentence_count,"
                + " share_pct, theme_source, metrics, entity_kinds) SELECT ?, ?, seq, section_no, section_title,"
                + " theme_id, theme_label, theme_score, summary, key_terms, entities, sectors, word_count,"
                + " sentence_count, share_pct, theme_source, metrics, entity_kinds FROM tr_record"
                + " WHERE run_id = ? AND report_id = ?", runId, reportId, from.runId(), from.reportId());
    }

    /**
     * Records stored before section texts had a table of their own carry their text; copying them
     * moves it there, so that a store written by an older version stops growing by a copy a night.
     */
    private void keepTextsOfRecordsStoredWithThem(StoredReport from) {
        List<String> bodies = jdbc.queryForList("SELECT body FROM tr_record WHERE run_id = ? AND report_id = ?"
                + " ORDER BY seq", String.class, from.runId(), from.reportId());
        if (bodies.stream().anyMatch(b -> b != null)) {
            Map<String, Object> input = jdbc.queryForMap("SELECT sha256, config_sha FROM tr_input"
                    + " WHERE run_id = ? AND report_id = ?", from.runId(), from.reportId());
            texts.save((String) input.get("sha256"), (String) input.get("config_sha"),
                    bodies.stream().map(b -> b == null ? "" : b).toList());
        }
    }

    static String originalName(String fileName) {
        if (!fileName.startsWith(HISTORY_PREFIX)) {
            return fileName;
        }
        int slash = fileName.indexOf('/', HISTORY_PREFIX.length());
        return slash < 0 ? fileName : fileName.substring(slash + 1);
    }

    /** Deletes the stored rows of every run older than {@code oldestKept} (run ids sort by time). */
    public void deleteRunsBefore(String oldestKept) {
        forgetSnapshot();
        tx.executeWithoutResult(status -> {
            jdbc.update("DELETE FROM tr_record WHERE run_id < ?", oldestKept);
            jdbc.update("DELETE FROM tr_output WHERE run_id < ?", oldestKept);
            jdbc.update("DELETE FROM tr_input WHERE run_id < ?", oldestKept);
            texts.deleteUnused();
        });
    }

    public void saveRejected(String runId, InputFile input) {
        forgetSnapshot();
        tx.executeWithoutResult(status -> {
            deleteInput(runId, input.file(), null);
            jdbc.update("INSERT INTO tr_input (run_id, file_name, sha256, status, reason, sections, words)"
                            + " VALUES (?,?,?,?,?,0,0)",
                    runId, input.file(), input.sha256(), InputStatus.REJECTED.name(), clip(input.reason(), 2000));
        });
    }

    private void deleteInput(String runId, String fileName, String reportId) {
        List<String> previousIds = jdbc.queryForList(
                "SELECT report_id FROM tr_input WHERE run_id = ? AND file_name = ? AND report_id IS NOT NULL",
                String.class, runId, fileName);
        for (String id : previousIds) {
            jdbc.update("DELETE FROM tr_record WHERE run_id = ? AND report_id = ?", runId, id);
        }
        if (reportId != null) {
            jdbc.update("DELETE FROM tr_record WHERE run_id = ? AND report_id = ?", runId, reportId);
        }
        jdbc.update("DELETE FROM tr_input WHERE run_id = ? AND file_name = ?", runId, fileName);
    }

    public void saveOutputs(String runId, List<WrittenOutput> outputs) {
        saveOutputs(runId, outputs, Map.of());
    }

    /**
     * @param reuseKeys for outputs a later run may carry over, by path: what they showed
     *                  ({@link io.trendreports.model.OutputWriter#reuseKey})
     */
    public void saveOutputs(String runId, List<WrittenOutput> outputs, Map<String, String> reuseKeys) {
        tx.executeWithoutResult(status -> {
            for (WrittenOutput o : outputs) {
                jdbc.update("DELETE FROM tr_output WHERE run_id = ? AND path = ?", runId, o.path());
                jdbc.update("INSERT INTO tr_output (run_id, path, kind, records, counters, reuse_key)"
                                + " VALUES (?,?,?,?,?,?)", runId, o.path(), o.kind(), o.records(),
                        encodeCounters(o.counters()), reuseKeys.get(o.path()));
            }
        });
    }

    /** A run's outputs that a later run may carry over, by their reuse key. */
    public Map<String, List<WrittenOutput>> reusableOutputs(String runId) {
        Map<String, List<WrittenOutput>> result = new HashMap<>();
        jdbc.query("SELECT reuse_key, path, kind, records, counters FROM tr_output"
                + " WHERE run_id = ? AND reuse_key IS NOT NULL", rs -> {
                    result.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new WrittenOutput(
                            rs.getString(2), rs.getString(3), rs.getLong(4), decodeCounters(rs.getString(5))));
                }, runId);
        return result;
    }

    /** Outputs recorded for a run, in path order. */
    public List<WrittenOutput> outputs(String runId) {
        return jdbc.query("SELECT path, kind, records, counters FROM tr_output WHERE run_id = ? ORDER BY path",
                (rs, i) -> new WrittenOutput(rs.getString(1), rs.getString(2), rs.getLong(3),
                        decodeCounters(rs.getString(4))), runId);
    }

    /** Rows of files found in the input folder, not remembered editions. */
    private static final String FOUND = "(remembered IS NULL OR remembered = FALSE)";

    /** Every file found in the run's input folder, processed or rejected, in file-name order. */
    public List<InputFile> inputs(String runId) {
        return jdbc.query("SELECT file_name, sha256, status, reason, sections, structure FROM tr_input"
                        + " WHERE run_id = ? AND " + FOUND + " ORDER BY file_name",
                (rs, i) -> new InputFile(rs.getString(1), rs.getString(2), InputStatus.valueOf(rs.getString(3)),
                        rs.getString(4) == null ? "" : rs.getString(4), rs.getInt(5),
                        rs.getString(6) == null ? "" : rs.getString(6)), runId);
    }

    /** For each file whose records were copied from an earlier run, that run's id. */
    public Map<String, String> reusedFrom(String runId) {
        Map<String, String> result = new LinkedHashMap<>();
        jdbc.query("SELECT file_name, reused_from FROM tr_input WHERE run_id = ? AND reused_from IS NOT NULL AND " + FOUND
                + " ORDER BY file_name", rs -> {
                    result.put(rs.getString(1), rs.getString(2));
                }, runId);
        return result;
    }

    /** Parser warnings per file name, for files that had any. */
    public Map<String, List<String>> warnings(String runId) {
        Map<String, List<String>> result = new LinkedHashMap<>();
        jdbc.query("SELECT file_name, warnings FROM tr_input WHERE run_id = ? AND warnings IS NOT NULL AND " + FOUND
                + " AND warnings <> '' ORDER BY file_name", rs -> {
                    result.put(rs.getString(1), List.of(rs.getString(2).split("\n")));
                }, runId);
        return result;
    }

    /**
     * The run as stored, for writers. Callers asking for the same run and themes get the same
     * (read-only, thread-safe) snapshot until the store is written to or {@link #forgetSnapshot}.
     */
    public RunSnapshot snapshot(RunInfo run, List<Theme> themes) {
        synchronized (snapshotLock) {
            if (shared != null && shared.run().equals(run) && shared.themes().equals(themes)) {
                return shared.snapshot();
            }
            shared = null; // the old one may be collected while the new one loads
            RunSnapshot snapshot = new JdbcRunSnapshot(jdbc, run, themes, inputs(run.runId()));
            shared = new SharedSnapshot(run, List.copyOf(themes), snapshot);
            return snapshot;
        }
    }

    /** Lets the shared snapshot go, e.g. once the run is published. */
    public void forgetSnapshot() {
        synchronized (snapshotLock) {
            shared = null;
        }
    }

    private record SharedSnapshot(RunInfo run, List<Theme> themes, RunSnapshot snapshot) {
    }

    static String encodeCounters(Map<String, Long> counters) {
        return counters.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(","));
    }

    static Map<String, Long> decodeCounters(String encoded) {
        Map<String, Long> counters = new LinkedHashMap<>();
        if (encoded != null && !encoded.isEmpty()) {
            for (String pair : encoded.split(",")) {
                int eq = pair.indexOf('=');
                counters.put(pair.substring(0, eq), Long.parseLong(pair.substring(eq + 1)));
            }
        }
        return counters;
    }

    private static String clip(String value, int max) {
        if (value == null) {
            return null;
        }
        return value.length() <= max ? value : value.substring(0, max);
    }
}
