package io.trendreports.store;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;

import org.h2.jdbcx.JdbcDataSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.EncodedResource;
import org.springframework.jdbc.datasource.init.ScriptUtils;

/** A fresh in-memory H2 database with the record store's schema applied, one per test. */
final class MemoryStoreDatabase {

    private MemoryStoreDatabase() {
    }

    static JdbcDataSource create(String name) throws SQLException {
        JdbcDataSource db = new JdbcDataSource();
        db.setURL("jdbc:h2:mem:" + name + "-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        try (var connection = db.getConnection()) {
            ScriptUtils.executeSqlScript(connection,
                    new EncodedResource(new ClassPathResource("store/schema.sql"), StandardCharsets.UTF_8));
        }
        return db;
    }
}
