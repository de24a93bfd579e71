package io.trendreports.ops;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * A fresh schema on the PostgreSQL server at 127.0.0.1:5432 (database {@code test}), dropped on
 * close. Tests using it are skipped with a clear reason when no server answers.
 */
final class PostgresSchema implements AutoCloseable {

    private static final String SERVER = System.getProperty("trend.test.postgres",
            "jdbc:postgresql://127.0.0.1:5432/test");
    private static final String USER = System.getProperty("trend.test.postgres.user", "postgres");

    private final String schema;

    private PostgresSchema(String schema) {
        this.schema = schema;
    }

    static PostgresSchema createOrSkip() {
        String schema = "trend_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = DriverManager.getConnection(SERVER, USER, "");
             Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            assumeTrue(false, "PostgreSQL not available at " + SERVER + " (" + e.getMessage().lines().findFirst()
                    .orElse("") + "); skipping");
        }
        return new PostgresSchema(schema);
    }

    String urlArg() {
        return "--spring.datasource.url=" + SERVER + "?currentSchema=" + schema;
    }

    String jdbcUrl() {
        return SERVER + "?currentSchema=" + schema;
    }

    String userArg() {
        return "--spring.datasource.username=" + USER;
    }

    @Override
    public void close() throws SQLException {
        try (Connection c = DriverManager.getConnection(SERVER, USER, "");
             Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
    }
}
