package io.trendreports.store;

/** A string written into an SQL statement as a standard string literal, quotes doubled. */
final class SqlLiteral {

    private SqlLiteral() {
    }

    /**
     * {@code 'it''s'} for {@code it's}. Standard SQL strings have no other escape (H2, and
     * PostgreSQL with its default {@code standard_conforming_strings}); a NUL, which neither
     * database stores in text, is refused rather than passed on.
     */
    static String of(String value) {
        if (value.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("text with a NUL character cannot be an SQL literal");
        }
        return "'" + value.replace("'", "''") + "'";
    }
}
