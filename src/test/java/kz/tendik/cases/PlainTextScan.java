package kz.tendik.cases;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Looks for values in plain text in every text, json, array and bytea column of every table of the schema (bytea as
 * UTF-8 bytes), and names the columns that hold one. A ciphertext never contains its plaintext, so any hit is a leak.
 * Text is compared without regard to case: a name stored in capitals is a leak too.
 */
public final class PlainTextScan {

    private PlainTextScan() {
    }

    public record Column(String table, String column, String type) {
    }

    public static List<Column> columns(JdbcClient jdbc) {
        return jdbc.sql("""
                SELECT table_name, column_name, data_type FROM information_schema.columns
                WHERE table_schema = current_schema() AND data_type IN ('text', 'character varying', 'character',
                      'bytea', 'json', 'jsonb', 'ARRAY')""")
                .query((rs, n) -> new Column(rs.getString(1), rs.getString(2), rs.getString(3))).list();
    }

    /** "table.column holds a secret value" for each column where any of the secrets appears. */
    public static List<String> findings(JdbcClient jdbc, List<String> secrets) {
        List<String> found = new ArrayList<>();
        for (Column c : columns(jdbc)) {
            for (String secret : secrets) {
                long hits = c.type().equals("bytea")
                        ? jdbc.sql("SELECT count(*) FROM \"%s\" WHERE position(convert_to(?, 'UTF8') IN \"%s\") > 0"
                                .formatted(c.table(), c.column())).param(secret).query(Long.class).single()
                        : jdbc.sql("SELECT count(*) FROM \"%s\" WHERE strpos(lower(\"%s\"::text), lower(?)) > 0"
                                .formatted(c.table(), c.column())).param(secret).query(Long.class).single();
                if (hits > 0) {
                    found.add(c.table() + "." + c.column() + " holds a secret value");
                }
            }
        }
        return found;
    }
}
