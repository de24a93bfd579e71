package io.trendreports.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.trendreports.TrendReportsApplication;
import io.trendreports.cli.ExitCodes;

/**
 * The production set-up: job repository and record store in PostgreSQL. Each test works in a
 * schema of its own, dropped afterwards. Skipped when no server answers on 127.0.0.1:5432.
 */
class PostgresRunTest {

    private static final String SERVER = System.getProperty("trend.test.postgres",
            "jdbc:postgresql://127.0.0.1:5432/test");
    private static final String USER = System.getProperty("trend.test.postgres.user", "postgres");

    @TempDir
    Path tmp;

    private String schema;

    @BeforeEach
    void createSchema() {
        schema = "trend_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = DriverManager.getConnection(SERVER, USER, "");
             Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            assumeTrue(false, "PostgreSQL not available at " + SERVER + " (" + e.getMessage().lines().findFirst()
                    .orElse("") + "); skipping the PostgreSQL run test");
        }
    }

    @AfterEach
    void dropSchema() throws SQLException {
        if (schema == null) {
            return;
        }
        try (Connection c = DriverManager.getConnection(SERVER, USER, "");
             Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        } catch (SQLException e) {
            // server went away: nothing left to clean
        }
    }

    @Test
    void runCompletesWithPostgresAsJobRepositoryAndRecordStore() throws Exception {
        Path input = Files.createDirectories(tmp.resolve("input"));
        Files.copy(Path.of("input/ai-llm-trends-2024.md"), input.resolve("ai-llm-trends-2024.md"));
        Path output = tmp.resolve("output");
        String url = SERVER + "?currentSchema=" + schema;

        int exit = TrendReportsApplication.execute("run", "--input=" + input, "--output=" + output,
                "--spring.datasource.url=" + url, "--spring.datasource.username=" + USER,
                "--spring.datasource.password=");

        assertThat(exit).isEqualTo(ExitCodes.OK);
        assertThat(output.resolve("latest/sections.csv")).exists();
        assertThat(output.resolve(".state/trend-reports.mv.db")).as("no embedded database used").doesNotExist();
        try (Connection c = DriverManager.getConnection(url, USER, "");
             Statement s = c.createStatement()) {
            assertThat(count(s, "SELECT COUNT(*) FROM tr_record")).isEqualTo(10);
            assertThat(count(s, "SELECT COUNT(*) FROM batch_job_execution WHERE status = 'COMPLETED'")).isEqualTo(1);
            List<String> steps = new java.util.ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT step_name FROM batch_step_execution"
                    + " WHERE step_name NOT LIKE '%:partition%' ORDER BY step_name")) {
                while (rs.next()) {
                    steps.add(rs.getString(1));
                }
            }
            assertThat(steps).containsExactlyInAnyOrderElementsOf(JobSteps.expected())
                .contains("briefs", "pdf", "xlsx", "csv");
        }

        int again = TrendReportsApplication.execute("run", "--input=" + input, "--output=" + output,
                "--spring.datasource.url=" + url, "--spring.datasource.username=" + USER,
                "--spring.datasource.password=");
        assertThat(again).as("second run with the same inputs recognised from the PostgreSQL repository")
                .isEqualTo(ExitCodes.OK);
        try (Connection c = DriverManager.getConnection(url, USER, "");
             Statement s = c.createStatement()) {
            assertThat(count(s, "SELECT COUNT(*) FROM batch_job_execution")).isEqualTo(1);
        }
    }

    private static long count(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
