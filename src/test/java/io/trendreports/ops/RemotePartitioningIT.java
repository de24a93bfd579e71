package io.trendreports.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.trendreports.bench.CorpusGenerator;
import io.trendreports.cli.ExitCodes;

/**
 * Remote partitioning with real processes: a manager (`run` in remote mode) and `worker`s
 * started from the packaged jar, RabbitMQ carrying the partition requests, PostgreSQL shared.
 * Whatever happens to the workers, the published run must equal a single-process run of the same
 * inputs (apart from run ids and times), with every record stored once. Skipped when RabbitMQ or
 * PostgreSQL is not reachable.
 */
class RemotePartitioningIT {

    private static final int REPORTS = 200;
    private static final Pattern PARTITION_STARTED = Pattern.compile("partition (\\S+) of run \\S+: started");
    private static final Pattern PARTITION_COMPLETED = Pattern.compile("partition (\\S+) of run \\S+: COMPLETED");

    @TempDir
    static Path shared;

    static Path corpus;
    static Map<String, String> singleProcess;

    @BeforeAll
    static void singleProcessRun() throws Exception {
        corpus = shared.resolve("corpus");
        CorpusGenerator.generate(corpus, REPORTS, 9);
        Path output = shared.resolve("single");
        int exit = JarProcess.run(shared.resolve("single.log"), "run", "--input=" + corpus, "--output=" + output);
        assertThat(exit).as("single-process run").isEqualTo(ExitCodes.OK);
        singleProcess = RunOutputs.read(output.resolve("latest").toRealPath());
    }

    @Test
    void aManagerAndTwoWorkersPublishWhatOneProcessPublishes(@TempDir Path tmp) throws Exception {
        try (RabbitQueue queue = RabbitQueue.createOrSkip(); PostgresSchema db = PostgresSchema.createOrSkip();
             JarProcess a = worker(tmp.resolve("worker-a.log"), queue, db);
             JarProcess b = worker(tmp.resolve("worker-b.log"), queue, db)) {
            Path output = tmp.resolve("output");

            int exit = JarProcess.run(tmp.resolve("manager.log"), manager(output, queue, db));

            assertThat(exit).as("manager exit; log:%n%s", Files.readString(tmp.resolve("manager.log")))
                    .isEqualTo(ExitCodes.OK);
            assertThat(RunOutputs.read(output.resolve("latest").toRealPath())).isEqualTo(singleProcess);
            assertThat(started(a.logText())).as("partitions taken by worker a").isNotEmpty();
            assertThat(started(b.logText())).as("partitions taken by worker b").isNotEmpty();
            assertThat(Files.readString(tmp.resolve("manager.log"))).doesNotContain("partition ");
            assertEveryRecordStoredOnce(db);
        }
    }

    @Test
    void aWorkerKilledMidPartitionLosesNothing(@TempDir Path tmp) throws Exception {
        try (RabbitQueue queue = RabbitQueue.createOrSkip(); PostgresSchema db = PostgresSchema.createOrSkip();
             JarProcess a = worker(tmp.resolve("worker-a.log"), queue, db);
             JarProcess b = worker(tmp.resolve("worker-b.log"), queue, db)) {
            Path output = tmp.resolve("output");
            String killedIn;
            try (JarProcess manager = JarProcess.start(tmp.resolve("manager.log"), manager(output, queue, db))) {
                assertThat(a.awaitLog("ingestPartition:", Duration.ofMinutes(2))).isTrue();
                Thread.sleep(1000); // into the partition's files
                killedIn = lastStartedNotCompleted(a.logText());
                a.kill();
                int exit = manager.waitFor(Duration.ofMinutes(4));
                assertThat(exit).as("manager exit; log:%n%s", manager.logText()).isIn(ExitCodes.OK, ExitCodes.FAILED);
            }
            // the partition the killed worker held was handed to the other worker
            assertThat(killedIn).as("worker a was killed inside a partition").isNotNull();
            assertThat(started(b.logText())).contains(killedIn);

            Path rerun = tmp.resolve("rerun.log");
            assertThat(JarProcess.run(rerun, manager(output, queue, db))).isEqualTo(ExitCodes.OK);
            assertThat(RunOutputs.read(output.resolve("latest").toRealPath())).isEqualTo(singleProcess);
            try (Stream<Path> runs = Files.list(output.resolve("runs"))) {
                assertThat(runs).as("one run for one change").hasSize(1);
            }
            assertEveryRecordStoredOnce(db);
        }
    }

    @Test
    void withNoWorkerLeftTheRunTimesOutAndTheNextRunRedoesOnlyTheUnfinishedPartitions(@TempDir Path tmp)
            throws Exception {
        try (RabbitQueue queue = RabbitQueue.createOrSkip(); PostgresSchema db = PostgresSchema.createOrSkip()) {
            Path output = tmp.resolve("output");
            Path failedLog = tmp.resolve("manager-timeout.log");
            List<String> completedBeforeKill;
            try (JarProcess only = worker(tmp.resolve("worker-a.log"), queue, db);
                 JarProcess manager = JarProcess.start(failedLog, args(manager(output, queue, db),
                         "--trend.remote.timeout=PT40S"))) {
                assertThat(only.awaitLog("ingestPartition:partition", Duration.ofMinutes(2))).isTrue();
                assertThat(awaitCompleted(only, "ingestPartition:", Duration.ofMinutes(2)))
                        .as("a partition completed before the kill; worker log:%n%s", only.logText()).isTrue();
                only.kill();
                completedBeforeKill = completed(only.logText());
                assertThat(manager.waitFor(Duration.ofMinutes(3))).isEqualTo(ExitCodes.FAILED);
            }
            assertThat(Files.readString(failedLog)).contains("not finished after").contains("latest was not changed");
            assertThat(output.resolve("latest")).doesNotExist();

            try (JarProcess fresh = worker(tmp.resolve("worker-b.log"), queue, db)) {
                Path resumeLog = tmp.resolve("manager-resume.log");
                int exit = JarProcess.run(resumeLog, manager(output, queue, db));
                assertThat(exit).as("resumed run; log:%n%s", Files.readString(resumeLog)).isEqualTo(ExitCodes.OK);
                assertThat(Files.readString(resumeLog)).contains("resuming run");
                String freshLog = fresh.logText();
                // requests left in the queue by the failed run are skipped, not run twice
                assertThat(freshLog).contains("skipping partition");
                // partitions completed before the kill are not executed again
                assertThat(started(freshLog)).doesNotContainAnyElementsOf(completedBeforeKill);
            }
            assertThat(RunOutputs.read(output.resolve("latest").toRealPath())).isEqualTo(singleProcess);
            assertEveryRecordStoredOnce(db);
        }
    }

    private static JarProcess worker(Path log, RabbitQueue queue, PostgresSchema db) throws Exception {
        JarProcess worker = JarProcess.start(log, args(new String[] {"worker", db.urlArg(), db.userArg(),
                "--spring.datasource.password=", "--trend.remote.worker-concurrency=1"}, queue.args()));
        assertThat(worker.awaitLog("worker ready", Duration.ofMinutes(2))).as("worker started; log:%n%s",
                worker.logText()).isTrue();
        return worker;
    }

    private static String[] manager(Path output, RabbitQueue queue, PostgresSchema db) {
        return args(new String[] {"run", "--input=" + corpus, "--output=" + output, db.urlArg(), db.userArg(),
                "--spring.datasource.password="}, queue.args());
    }

    private static String[] args(String[] first, String... more) {
        List<String> all = new ArrayList<>(List.of(first));
        all.addAll(List.of(more));
        return all.toArray(String[]::new);
    }

    private static List<String> started(String log) {
        return matches(PARTITION_STARTED, log);
    }

    private static List<String> completed(String log) {
        return matches(PARTITION_COMPLETED, log);
    }

    private static List<String> matches(Pattern pattern, String log) {
        List<String> found = new ArrayList<>();
        Matcher m = pattern.matcher(log);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private static String lastStartedNotCompleted(String log) {
        List<String> started = started(log);
        started.removeAll(completed(log));
        return started.isEmpty() ? null : started.get(started.size() - 1);
    }

    private static boolean awaitCompleted(JarProcess worker, String prefix, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (completed(worker.logText()).stream().anyMatch(p -> p.startsWith(prefix))) {
                return true;
            }
            Thread.sleep(50);
        }
        return false;
    }

    /** Each stored report has exactly its sections as records, and the run has all the reports. */
    private static void assertEveryRecordStoredOnce(PostgresSchema db) throws Exception {
        try (Connection c = DriverManager.getConnection(db.jdbcUrl(), "postgres", "");
             Statement s = c.createStatement()) {
            assertThat(count(s, "SELECT COUNT(DISTINCT run_id) FROM tr_input")).isEqualTo(1);
            assertThat(count(s, "SELECT COUNT(*) FROM tr_input WHERE status = 'PROCESSED'")).isEqualTo(REPORTS);
            assertThat(count(s, "SELECT COUNT(*) FROM tr_input i WHERE i.sections <> (SELECT COUNT(*) FROM tr_record r"
                    + " WHERE r.run_id = i.run_id AND r.report_id = i.report_id)")).as("reports with missing or extra"
                    + " records").isZero();
            assertThat(count(s, "SELECT COUNT(*) FROM tr_record")).isEqualTo(count(s,
                    "SELECT SUM(sections) FROM tr_input"));
            assertThat(count(s, "SELECT COUNT(*) FROM tr_output WHERE kind = 'pdf-brief'")).isEqualTo(REPORTS);
        }
    }

    private static long count(Statement s, String sql) throws Exception {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
