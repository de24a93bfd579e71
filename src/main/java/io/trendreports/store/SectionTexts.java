package io.trendreports.store;

import java.util.ArrayList;
import java.util.List;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The text of each section, stored once per file content and configuration rather than in every
 * run's copy of the records: it is two thirds of a record's bytes, only theme discovery reads it,
 * and a nightly run reuses almost every file. A run's records find their texts through their
 * input's hash and configuration fingerprint and their place in the report.
 *
 * <p>Texts are written in a transaction of their own: two ingest threads reading two copies of one
 * file at the same moment write the same rows, and the one that loses the race finds them there
 * instead of failing its chunk. Texts no stored input points to any more go when old runs do.
 */
final class SectionTexts {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;

    SectionTexts(JdbcTemplate jdbc, TransactionTemplate tx) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(tx.getTransactionManager());
        ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Keeps {@code bodies} (in record order, the first record's text first) unless already kept. */
    void save(String sha256, String configFingerprint, List<String> bodies) {
        String config = configFingerprint == null ? "" : configFingerprint;
        List<Object[]> rows = new ArrayList<>(bodies.size());
        for (int i = 0; i < bodies.size(); i++) {
            rows.add(new Object[] {sha256, config, i + 1, bodies.get(i), sha256, config, i + 1});
        }
        try {
            insertMissing(rows);
        } catch (DataIntegrityViolationException e) {
            // another thread kept the same content's texts meanwhile; whatever it left out is written now
            insertMissing(rows);
        }
    }

    private void insertMissing(List<Object[]> rows) {
        ownTransaction.executeWithoutResult(status -> jdbc.batchUpdate(
                "INSERT INTO tr_section_text (sha256, config_sha, seq, body) SELECT ?, ?, ?, ? WHERE NOT EXISTS"
                        + " (SELECT 1 FROM tr_section_text WHERE sha256 = ? AND config_sha = ? AND seq = ?)", rows));
    }

    /** Drops the texts of contents no stored input has any more. */
    void deleteUnused() {
        jdbc.update("DELETE FROM tr_section_text WHERE NOT EXISTS (SELECT 1 FROM tr_input i"
                + " WHERE i.sha256 = tr_section_text.sha256 AND COALESCE(i.config_sha, '') = tr_section_text.config_sha)");
    }

    /**
     * The join that gives a record ({@code r}, with its input {@code i}) its text, for a query's
     * FROM clause; the text is {@code t.body}, or {@code r.body} for records stored before.
     */
    static String join() {
        return " LEFT JOIN tr_section_text t ON t.sha256 = i.sha256 AND t.config_sha = COALESCE(i.config_sha, '')"
                + " AND t.seq = r.seq";
    }
}
