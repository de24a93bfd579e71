package io.trendreports.bench;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitAdmin;

/**
 * One measured run in remote mode: a fresh PostgreSQL schema and RabbitMQ queue, N {@code worker}
 * processes started and ready, then the manager ({@code run}) measured like a local run; the
 * workers are stopped and the schema and queue dropped afterwards. Manager and workers share this
 * machine, so the numbers show the overhead of remote partitioning more than its gain.
 */
final class RemoteRun {

    private final BenchmarkOptions options;
    private final Launcher launcher;

    RemoteRun(BenchmarkOptions options, Launcher launcher) {
        this.options = options;
        this.launcher = launcher;
    }

    ChildRun measure(int workers, Path input, Path output, Path logDir, Path gcLog)
            throws IOException, InterruptedException {
        String id = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        String schema = "trend_bench_" + id;
        String queue = "trend-bench-" + id;
        sql("CREATE SCHEMA " + schema);
        List<Process> started = new ArrayList<>();
        try {
            List<String> remote = List.of("--spring.datasource.url=" + options.remoteDb() + "?currentSchema=" + schema,
                    "--spring.datasource.username=" + options.remoteDbUser(), "--spring.datasource.password=",
                    "--trend.remote.enabled=true", "--trend.remote.broker=" + options.remoteBroker(),
                    "--trend.remote.queue=" + queue);
            List<Path> workerLogs = new ArrayList<>();
            for (int i = 1; i <= workers; i++) {
                Path log = logDir.resolve("worker-" + i + ".log");
                workerLogs.add(log);
                List<String> args = new ArrayList<>(List.of("worker"));
                args.addAll(remote);
                started.add(launcher.process(null, args.toArray(String[]::new)).redirectErrorStream(true)
                        .redirectOutput(log.toFile()).start());
            }
            for (Path log : workerLogs) {
                awaitReady(log);
            }
            List<String> args = new ArrayList<>(List.of("run", "--input=" + input, "--output=" + output));
            args.addAll(remote);
            return ChildRun.launch(launcher.process(gcLog, args.toArray(String[]::new)),
                    logDir.resolve("manager.log"), gcLog);
        } finally {
            for (Process p : started) {
                p.destroy(); // SIGTERM: the worker stops taking partitions and exits
            }
            for (Process p : started) {
                if (!p.waitFor(60, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                }
            }
            sql("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            deleteQueue(queue);
        }
    }

    private static void awaitReady(Path log) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (System.nanoTime() < deadline) {
            if (Files.exists(log) && Files.readString(log, StandardCharsets.UTF_8).contains("worker ready")) {
                return;
            }
            Thread.sleep(50);
        }
        throw new IOException("worker did not start; see " + log);
    }

    private void sql(String statement) throws IOException {
        try (Connection c = DriverManager.getConnection(options.remoteDb(), options.remoteDbUser(), "");
             Statement s = c.createStatement()) {
            s.execute(statement);
        } catch (SQLException e) {
            throw new IOException("PostgreSQL at " + options.remoteDb() + ": " + e.getMessage(), e);
        }
    }

    private void deleteQueue(String queue) {
        CachingConnectionFactory factory = new CachingConnectionFactory(URI.create(options.remoteBroker()));
        try {
            new RabbitAdmin(factory).deleteQueue(queue);
        } finally {
            factory.destroy();
        }
    }
}
