package io.trendreports.job;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

import javax.sql.DataSource;

/**
 * Serializes schema creation between processes starting at once on one PostgreSQL database (a
 * manager and its workers on a fresh database): PostgreSQL's CREATE TABLE, even with IF NOT
 * EXISTS, fails when another session creates the same table at the same moment. Nothing to do on
 * the embedded database, which one process opens at a time.
 */
final class SchemaLock {

    /** Advisory lock key, apart from the run lock's. */
    private static final long KEY = 0x7472656e64_5fL; // "trend_"

    private SchemaLock() {
    }

    static void around(DataSource dataSource, Runnable createSchema) {
        try (Connection c = dataSource.getConnection()) {
            boolean postgres = c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
            if (!postgres) {
                createSchema.run();
                return;
            }
            try (Statement s = c.createStatement()) {
                s.execute("SELECT pg_advisory_lock(" + KEY + ")");
            }
            try {
                createSchema.run();
            } finally {
                try (Statement s = c.createStatement()) {
                    s.execute("SELECT pg_advisory_unlock(" + KEY + ")");
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot prepare the database schema: " + e.getMessage(), e);
        }
    }
}
