package io.trendreports.job;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;

import javax.sql.DataSource;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

/**
 * Creates Spring Batch's job repository tables once, when they are missing. Boot's
 * {@code initialize-schema: always} replays the CREATE statements at every start and lets them
 * fail, which fills the embedded database's trace file with errors and costs start-up time.
 */
public class BatchSchemaInitializer implements InitializingBean {

    private final DataSource dataSource;

    public BatchSchemaInitializer(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void afterPropertiesSet() {
        SchemaLock.around(dataSource, () -> {
            try {
                createIfMissing();
            } catch (SQLException e) {
                throw new IllegalStateException("cannot create the job repository tables: " + e.getMessage(), e);
            }
        });
    }

    private void createIfMissing() throws SQLException {
        String platform;
        try (Connection c = dataSource.getConnection()) {
            if (tableExists(c, "batch_job_instance")) {
                return;
            }
            String product = c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
            platform = product.contains("postgres") ? "postgresql" : product.contains("h2") ? "h2" : null;
        }
        if (platform == null) {
            throw new IllegalStateException("no Spring Batch schema known for this database; create the"
                    + " job repository tables with the schema script of your database from spring-batch-core");
        }
        new ResourceDatabasePopulator(new ClassPathResource("org/springframework/batch/core/schema-" + platform
                + ".sql")).execute(dataSource);
    }

    private static boolean tableExists(Connection c, String table) throws SQLException {
        String schema = c.getSchema();
        for (String name : new String[] {table, table.toUpperCase(Locale.ROOT)}) {
            try (ResultSet rs = c.getMetaData().getTables(c.getCatalog(), schema, name, new String[] {"TABLE"})) {
                if (rs.next()) {
                    return true;
                }
            }
        }
        return false;
    }
}
