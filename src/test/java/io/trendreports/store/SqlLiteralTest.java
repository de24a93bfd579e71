package io.trendreports.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

import org.junit.jupiter.api.Test;

class SqlLiteralTest {

    @Test
    void aQuoteInsideTheTextIsDoubledAndTheDatabaseReadsTheTextBack() throws Exception {
        String tricky = "o'brien'); DROP TABLE t; --";
        try (Connection c = DriverManager.getConnection("jdbc:h2:mem:literal");
                Statement s = c.createStatement()) {
            s.execute("CREATE TABLE t (id VARCHAR(100))");
            s.execute("INSERT INTO t VALUES (" + SqlLiteral.of(tricky) + ")");
            try (ResultSet rs = s.executeQuery("SELECT id FROM t WHERE id IN (" + SqlLiteral.of(tricky) + ")")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo(tricky);
            }
        }
        assertThat(SqlLiteral.of("it's")).isEqualTo("'it''s'");
    }

    @Test
    void textWithANulCharacterIsRefused() {
        assertThatThrownBy(() -> SqlLiteral.of("a\0b")).isInstanceOf(IllegalArgumentException.class);
    }
}
