package io.trendreports.store;

import java.time.Instant;
import java.util.List;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import io.trendreports.model.ReportInfo;
import io.trendreports.model.RunInfo;
import io.trendreports.model.RunSnapshot;
import io.trendreports.model.SampleRuns;
import io.trendreports.model.SourceReport;
import io.trendreports.model.TrendRecord;

import static org.assertj.core.api.Assertions.assertThat;

/** The writer steps of a run share one snapshot, and none outlives a change to what it shows. */
class SharedSnapshotTest {

    private static final RunInfo RUN = new RunInfo("20261128-120000-abc", Instant.parse("2026-11-28T12:00:00Z"));

    private RecordStore store;

    @BeforeEach
    void createStore() throws Exception {
        JdbcDataSource db = MemoryStoreDatabase.create("shared-snapshot");
        store = new RecordStore(new JdbcTemplate(db), new TransactionTemplate(new DataSourceTransactionManager(db)));
    }

    @Test
    void stepsAskingForTheSameRunShareOneSnapshot() {
        save(RUN, "a", "Report A");
        RunSnapshot first = store.snapshot(RUN, SampleRuns.THEMES);
        assertThat(store.snapshot(RUN, SampleRuns.THEMES)).isSameAs(first);
        assertThat(first.reports()).extracting(ReportInfo::reportId).containsExactly("a");
        assertThat(first.themeShares()).singleElement().satisfies(share -> {
            assertThat(share.reportId()).isSameAs(first.reports().get(0).reportId());
            assertThat(share.sharePct()).isEqualTo(100.0);
        });
    }

    @Test
    void aWriteToTheStoreMeansAFreshSnapshotThatShowsIt() {
        save(RUN, "a", "Report A");
        RunSnapshot before = store.snapshot(RUN, SampleRuns.THEMES);
        save(RUN, "b", "Report B");
        RunSnapshot after = store.snapshot(RUN, SampleRuns.THEMES);
        assertThat(after).isNotSameAs(before);
        assertThat(after.reports()).extracting(ReportInfo::reportId).containsExactly("a", "b");
    }

    @Test
    void anotherRunOrAForgottenSnapshotIsLoadedAgain() {
        RunInfo other = new RunInfo("20261128-130000-def", Instant.parse("2026-11-28T13:00:00Z"));
        save(RUN, "a", "Report A");
        save(other, "c", "Report C");
        RunSnapshot first = store.snapshot(RUN, SampleRuns.THEMES);
        RunSnapshot second = store.snapshot(other, SampleRuns.THEMES);
        assertThat(second.reports()).extracting(ReportInfo::reportId).containsExactly("c");
        assertThat(store.snapshot(RUN, SampleRuns.THEMES)).isNotSameAs(first)
                .satisfies(s -> assertThat(s.reports()).extracting(ReportInfo::reportId).containsExactly("a"));
        RunSnapshot again = store.snapshot(RUN, SampleRuns.THEMES);
        store.forgetSnapshot();
        assertThat(store.snapshot(RUN, SampleRuns.THEMES)).isNotSameAs(again);
    }

    private void save(RunInfo run, String reportId, String title) {
        TrendRecord record = SampleRuns.record(reportId, title, "2024", 1, "Section 1", "regulation", 100);
        SourceReport report = new SourceReport(reportId, reportId + ".md", record.sourceSha256(), title, "2024", "en",
                List.of(), List.of());
        store.saveProcessed(run.runId(), report, List.of(record), List.of(), "", "config");
    }
}
