package io.trendreports.store;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import io.trendreports.model.SampleRuns;
import io.trendreports.model.Section;
import io.trendreports.model.SourceReport;
import io.trendreports.model.Theme;
import io.trendreports.model.TrendRecord;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A section's text is stored once for every run that reads the same file, still reaches theme
 * discovery in each of them, and goes when no stored run reads that file any more.
 */
class SectionTextsTest {

    private static final String RUN_1 = "20261201-020000-aaa";
    private static final String RUN_2 = "20261202-020000-bbb";
    private static final String TEXT = "Harbour ferries run every ten minutes at peak hours and carry bicycles free of charge.";

    private JdbcTemplate jdbc;
    private RecordStore store;
    private ThemeStore themes;

    @BeforeEach
    void createStore() throws Exception {
        JdbcDataSource db = MemoryStoreDatabase.create("section-texts");
        jdbc = new JdbcTemplate(db);
        TransactionTemplate tx = new TransactionTemplate(new DataSourceTransactionManager(db));
        store = new RecordStore(jdbc, tx);
        themes = new ThemeStore(jdbc, tx);
    }

    @Test
    void aReusedFileKeepsOneCopyOfItsTextAndDiscoveryStillReadsIt() {
        save(RUN_1, "ferries");
        store.copyProcessed(store.findReusable(sha("ferries"), "config").orElseThrow(), RUN_2, "ferries", "ferries.md");

        assertThat(themes.openSections(RUN_1)).singleElement().satisfies(s -> assertThat(s.text()).isEqualTo(TEXT));
        assertThat(themes.openSections(RUN_2)).singleElement().satisfies(s -> assertThat(s.text()).isEqualTo(TEXT));
        assertThat(count("SELECT COUNT(*) FROM tr_section_text")).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM tr_record WHERE body IS NOT NULL")).isZero();
    }

    @Test
    void textsGoWithTheLastRunThatReadTheirFile() {
        save(RUN_1, "ferries");
        save(RUN_1, "trams");
        store.copyProcessed(store.findReusable(sha("ferries"), "config").orElseThrow(), RUN_2, "ferries", "ferries.md");

        store.deleteRunsBefore(RUN_2);

        assertThat(jdbc.queryForList("SELECT sha256 FROM tr_section_text", String.class)).containsExactly(sha("ferries"));
        assertThat(themes.openSections(RUN_2)).singleElement().satisfies(s -> assertThat(s.text()).isEqualTo(TEXT));
    }

    @Test
    void recordsStoredWithTheirTextBeforeStillGiveIt() {
        jdbc.update("INSERT INTO tr_input (run_id, file_name, sha256, status, report_id, title, sections, words,"
                + " config_sha, topic) VALUES (?,?,?,?,?,?,?,?,?,?)", RUN_1, "old.md", "abc", "PROCESSED", "old",
                "Old", 1, 10, "config", "");
        jdbc.update("INSERT INTO tr_record (run_id, report_id, seq, section_no, section_title, theme_id, theme_score,"
                + " summary, word_count, sentence_count, share_pct, body) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                RUN_1, "old", 1, 1, "Old section", Theme.OTHER_ID, 0.0, "Summary.", 10, 1, 100.0, TEXT);

        assertThat(themes.openSections(RUN_1)).singleElement().satisfies(s -> assertThat(s.text()).isEqualTo(TEXT));

        // reused in a later run, the old record's text moves to the table instead of being copied again
        store.copyProcessed(store.findReusable("abc", "config").orElseThrow(), RUN_2, "old", "old.md");
        assertThat(themes.openSections(RUN_2)).singleElement().satisfies(s -> assertThat(s.text()).isEqualTo(TEXT));
        assertThat(count("SELECT COUNT(*) FROM tr_record WHERE run_id = '" + RUN_2 + "' AND body IS NOT NULL")).isZero();
        assertThat(count("SELECT COUNT(*) FROM tr_section_text")).isEqualTo(1);
    }

    @Test
    void twoThreadsStoringTheSameContentAtOnceBothSucceed() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 20; round++) {
                String run = "20261203-0200" + String.format("%02d", round) + "-ccc";
                List<Callable<Void>> both = new ArrayList<>();
                for (String copy : List.of("copy-a", "copy-b")) {
                    both.add(() -> {
                        saveAs(run, copy, "same-" + round(run));
                        return null;
                    });
                }
                for (Future<Void> done : pool.invokeAll(both)) {
                    done.get();
                }
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(count("SELECT COUNT(*) FROM tr_input")).isEqualTo(40);
        assertThat(count("SELECT COUNT(*) FROM tr_section_text")).isEqualTo(20);
    }

    private static String round(String run) {
        return run.substring(13, 15);
    }

    private void save(String run, String reportId) {
        saveAs(run, reportId, reportId);
    }

    /** Stores report {@code reportId} read from a file whose content is {@code content}. */
    private void saveAs(String run, String reportId, String content) {
        TrendRecord r = SampleRuns.record(reportId, "Report " + reportId, "2024", 1, "Section 1", Theme.OTHER_ID, 100);
        TrendRecord record = new TrendRecord(r.reportId(), r.reportTitle(), r.period(), r.language(),
                reportId + ".md", sha(content), r.sectionNo(), r.sectionTitle(), r.themeId(), r.themeLabel(),
                r.themeScore(), r.summary(), r.keyTerms(), r.entities(), r.sectors(), r.wordCount(),
                r.sentenceCount(), r.sharePct());
        SourceReport report = new SourceReport(reportId, reportId + ".md", sha(content), "Report " + reportId, "2024",
                "en", List.of(new Section(1, "Section 1", TEXT)), List.of());
        store.saveProcessed(run, report, List.of(record), List.of(), "", "config");
    }

    private static String sha(String content) {
        return String.format("%064x", content.hashCode() & 0xffffffffL);
    }

    private int count(String sql) {
        Integer n = jdbc.queryForObject(sql, Integer.class);
        return n == null ? 0 : n;
    }
}
