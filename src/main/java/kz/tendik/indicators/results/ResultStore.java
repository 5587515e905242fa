package kz.tendik.indicators.results;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import kz.tendik.indicators.csv.CsvTable;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.PGCopyOutputStream;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes computed results to {@code indicator_index_result}, each only if its content differs from what is stored
 * (decision 0021): a result with no stored row yet goes in by {@code COPY} (a first fill, a new country or year), one
 * whose stored content changed by an upsert from array parameters. Both run on the caller's transaction; the caller
 * holds {@link #LOCK} so that no other recomputation adds the same keys between reading and writing (decision 0030).
 */
final class ResultStore {

    /** Taken (transaction-scoped) by every recomputation before it reads what is stored. */
    static final String LOCK = "SELECT pg_advisory_xact_lock(hashtext('tendik.indicators.results'))";

    private static final List<String> COLUMNS = List.of("index_code", "geography", "year", "value", "components",
            "inputs", "method_version", "computable", "missing", "out_of_range", "content_hash");
    private static final String COPY = "COPY indicator_index_result (" + String.join(", ", COLUMNS)
            + ") FROM STDIN (FORMAT csv, HEADER true)";
    private static final String EMPTY_ARRAY = "{}";

    /** Writes the rows given; the caller has already left out those whose content hash is unchanged. */
    private static final String UPSERT = """
            INSERT INTO indicator_index_result AS r (index_code, geography, year, value, components, inputs,
                method_version, computable, missing, out_of_range, content_hash)
            SELECT u.code, u.geo, u.year, u.value, u.components::jsonb, u.inputs::jsonb, u.method, u.value IS NOT NULL,
                   string_to_array(u.missing, E'\\x1f'), string_to_array(u.out_of_range, E'\\x1f'), u.hash
            FROM unnest(?::text[], ?::text[], ?::int[], ?::float8[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
                        ?::bytea[]) AS u(code, geo, year, value, components, inputs, method, missing, out_of_range, hash)
            ON CONFLICT (index_code, geography, year) DO UPDATE SET value = EXCLUDED.value,
                components = EXCLUDED.components, inputs = EXCLUDED.inputs, method_version = EXCLUDED.method_version,
                computable = EXCLUDED.computable, missing = EXCLUDED.missing, out_of_range = EXCLUDED.out_of_range,
                content_hash = EXCLUDED.content_hash, computed_at = now()
            """;

    /** A result to write with its content hash, computed once. */
    record Hashed(IndexResults.Row row, byte[] hash) {
    }

    /** What a recomputation has to write: results with no stored row, and stored results whose content changed. */
    record Changes(List<Hashed> fresh, List<Hashed> changed) {

        int size() {
            return fresh.size() + changed.size();
        }
    }

    private final JdbcTemplate template;

    ResultStore(JdbcTemplate template) {
        this.template = template;
    }

    /**
     * The content hash of every stored result of the indices (and geographies; {@code null}: all) by key
     * ({@code code|geography|year}); a stored row from before content hashes maps to an empty hash.
     */
    Map<String, byte[]> storedHashes(Collection<String> codes, Collection<String> geographies) {
        Map<String, byte[]> hashes = new HashMap<>();
        template.execute((ConnectionCallback<Void>) connection -> {
            try (PreparedStatement statement = connection.prepareStatement("""
                    SELECT index_code, geography, year, coalesce(content_hash, '') FROM indicator_index_result
                    WHERE index_code = ANY(?) AND (?::text[] IS NULL OR geography = ANY(?))
                    """)) {
                Array geoArray = geographies == null ? null : connection.createArrayOf("text", geographies.toArray());
                statement.setArray(1, connection.createArrayOf("text", codes.toArray()));
                statement.setArray(2, geoArray);
                statement.setArray(3, geoArray);
                statement.setFetchSize(0);
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        hashes.put(rs.getString(1) + '|' + rs.getString(2) + '|' + rs.getInt(3), rs.getBytes(4));
                    }
                }
            }
            return null;
        });
        return hashes;
    }

    /** Sorts the computed rows against the stored hashes: new, changed, or (left out) unchanged. */
    static Changes compare(List<IndexResults.Row> rows, Map<String, byte[]> stored) {
        List<Hashed> fresh = new ArrayList<>();
        List<Hashed> changed = new ArrayList<>();
        for (IndexResults.Row row : rows) {
            byte[] hash = row.hash();
            byte[] storedHash = stored.get(row.key());
            if (storedHash == null) {
                fresh.add(new Hashed(row, hash));
            } else if (!MessageDigest.isEqual(storedHash, hash)) {
                changed.add(new Hashed(row, hash));
            }
        }
        return new Changes(fresh, changed);
    }

    /** Writes the changes; returns how many results were written. */
    int write(Changes changes) {
        if (changes.size() == 0) {
            return 0;
        }
        return template.execute((ConnectionCallback<Integer>) connection ->
                copy(connection, changes.fresh()) + upsert(connection, changes.changed()));
    }

    /** New results, streamed to the server as CSV while they are written (the file is never whole in memory). */
    private static int copy(Connection connection, List<Hashed> rows) throws SQLException {
        if (rows.isEmpty()) {
            return 0;
        }
        List<List<String>> lines = new ArrayList<>(rows.size());
        for (Hashed hashed : rows) {
            lines.add(line(connection, hashed));
        }
        CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(COPY);
        try {
            PGCopyOutputStream out = new PGCopyOutputStream(copy, 1 << 16);
            // the CSV writer closes what it writes to when done; the COPY is ended below, where its count is read
            CsvTable.write(new OutputStreamWriter(new FilterOutputStream(out) {
                @Override
                public void write(byte[] bytes, int offset, int length) throws IOException {
                    out.write(bytes, offset, length);
                }

                @Override
                public void close() throws IOException {
                    flush();
                }
            }, StandardCharsets.UTF_8), COLUMNS, lines);
            long copied = out.endCopy();
            if (copied != rows.size()) {
                throw new IllegalStateException("COPY stored " + copied + " of " + rows.size() + " index results");
            }
            return rows.size();
        } finally {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
    }

    /**
     * One result as a CSV line for COPY: an empty unquoted cell is SQL NULL (only {@code value} is ever empty), arrays
     * in PostgreSQL's literal form as the driver writes them, the hash in bytea's hex form.
     */
    private static List<String> line(Connection connection, Hashed hashed) throws SQLException {
        IndexResults.Row r = hashed.row();
        return Arrays.asList(r.code(), r.geo(), Integer.toString(r.year()),
                r.value() == null ? null : Double.toString(r.value()), r.components(), r.inputs(), r.method(),
                Boolean.toString(r.value() != null), arrayLiteral(connection, r.missingNames()),
                arrayLiteral(connection, r.outOfRangeReasons()), "\\x" + HexFormat.of().formatHex(hashed.hash()));
    }

    private static String arrayLiteral(Connection connection, String[] elements) throws SQLException {
        return elements.length == 0 ? EMPTY_ARRAY : connection.createArrayOf("text", elements).toString();
    }

    /** Stored results whose content changed, in one statement. */
    private static int upsert(Connection connection, List<Hashed> rows) throws SQLException {
        if (rows.isEmpty()) {
            return 0;
        }
        int n = rows.size();
        Object[][] columns = {new String[n], new String[n], new Integer[n], new Double[n], new String[n], new String[n],
                new String[n], new String[n], new String[n], new byte[n][]};
        for (int i = 0; i < n; i++) {
            IndexResults.Row r = rows.get(i).row();
            columns[0][i] = r.code();
            columns[1][i] = r.geo();
            columns[2][i] = r.year();
            columns[3][i] = r.value();
            columns[4][i] = r.components();
            columns[5][i] = r.inputs();
            columns[6][i] = r.method();
            columns[7][i] = r.missing();
            columns[8][i] = r.outOfRange();
            columns[9][i] = rows.get(i).hash();
        }
        String[] types = {"text", "text", "int4", "float8", "text", "text", "text", "text", "text", "bytea"};
        try (PreparedStatement statement = connection.prepareStatement(UPSERT)) {
            for (int c = 0; c < columns.length; c++) {
                statement.setArray(c + 1, connection.createArrayOf(types[c], columns[c]));
            }
            return statement.executeUpdate();
        }
    }
}
