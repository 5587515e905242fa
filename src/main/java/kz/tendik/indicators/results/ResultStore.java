package kz.tendik.indicators.results;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
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
import java.util.Iterator;
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
 * (decision 0021): a result with no stored row yet goes in by {@code COPY}, streamed while the next index is still
 * being computed (a first fill, a new country or year); one whose stored content changed by an upsert from array
 * parameters. Both run on the caller's transaction; the caller holds {@link #LOCK}, so that no other recomputation
 * adds the same keys between reading the stored hashes and writing (decision 0030).
 */
final class ResultStore {

    /** Taken (transaction-scoped) by every recomputation before it reads what is stored. */
    static final String LOCK = "SELECT pg_advisory_xact_lock(hashtext('tendik.indicators.results'))";

    private static final List<String> COLUMNS = List.of("index_code", "geography", "year", "value", "components",
            "inputs", "method_version", "computable", "missing", "out_of_range", "content_hash");
    private static final String COPY = "COPY indicator_index_result (" + String.join(", ", COLUMNS)
            + ") FROM STDIN (FORMAT csv, HEADER true)";
    private static final int COPY_BUFFER = 1 << 16;

    /** Writes the rows given: stored results whose content hash differs. */
    private static final String UPSERT = """
            INSERT INTO indicator_index_result AS r (index_code, geography, year, value, components, inputs,
                method_version, computable, missing, out_of_range, content_hash)
            SELECT u.code, u.geo, u.year, u.value, u.components::json, u.inputs::json, u.method, u.value IS NOT NULL,
                   string_to_array(u.missing, E'\\x1f'), string_to_array(u.out_of_range, E'\\x1f'), u.hash
            FROM unnest(?::text[], ?::text[], ?::int[], ?::float8[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
                        ?::bytea[]) AS u(code, geo, year, value, components, inputs, method, missing, out_of_range, hash)
            ON CONFLICT (index_code, geography, year) DO UPDATE SET value = EXCLUDED.value,
                components = EXCLUDED.components, inputs = EXCLUDED.inputs, method_version = EXCLUDED.method_version,
                computable = EXCLUDED.computable, missing = EXCLUDED.missing, out_of_range = EXCLUDED.out_of_range,
                content_hash = EXCLUDED.content_hash, computed_at = now()
            """;

    /** What a recomputation wrote: how many results it computed, and how many of them were new or changed. */
    record Written(int results, int fresh, int changed) {

        int stored() {
            return fresh + changed;
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

    /** One index's results against the stored hashes: how many, and those new or changed with their hashes. */
    record Batch(int results, List<Hashed> fresh, List<Hashed> changed) {
    }

    /** Sorts computed results against the stored hashes: new, changed, or (left out) unchanged. */
    static Batch compare(List<IndexResults.Row> rows, Map<String, byte[]> stored) {
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
        return new Batch(rows.size(), fresh, changed);
    }

    /**
     * Writes the new and changed results of each batch as it comes (one index's, as each is computed): new ones are
     * sent while the following batches are still computed, changed ones at the end.
     */
    Written write(Iterator<Batch> batches) {
        return template.execute((ConnectionCallback<Written>) connection -> {
            List<Hashed> changed = new ArrayList<>();
            int results = 0;
            try (NewResults fresh = new NewResults(connection)) {
                while (batches.hasNext()) {
                    Batch batch = batches.next();
                    results += batch.results();
                    for (Hashed hashed : batch.fresh()) {
                        fresh.add(hashed.row(), hashed.hash());
                    }
                    changed.addAll(batch.changed());
                }
                int copied = fresh.finish();
                return new Written(results, copied, upsert(connection, changed));
            }
        });
    }

    /** A result to write with its content hash, computed once. */
    record Hashed(IndexResults.Row row, byte[] hash) {
    }

    /**
     * The COPY of new results, begun with the first one: each is a CSV line (an empty unquoted cell is SQL NULL; only
     * {@code value} is ever empty), arrays in PostgreSQL's literal form as the driver writes them, the hash in bytea's
     * hex form. Closed before {@link #finish()} (on a failure), it cancels the COPY.
     */
    private static final class NewResults implements AutoCloseable {

        private final Connection connection;
        /** Array literals by their joined elements: the same few lists of names recur in thousands of rows. */
        private final Map<String, String> literals = new HashMap<>();
        private CopyIn copy;
        private CsvTable.RowWriter csv;
        private int count;

        NewResults(Connection connection) {
            this.connection = connection;
        }

        void add(IndexResults.Row r, byte[] hash) throws SQLException {
            if (copy == null) {
                copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(COPY);
                csv = CsvTable.open(new OutputStreamWriter(endedByCopy(new PGCopyOutputStream(copy, COPY_BUFFER)),
                        StandardCharsets.UTF_8), COLUMNS);
            }
            csv.write(Arrays.asList(r.code(), r.geo(), Integer.toString(r.year()),
                    r.value() == null ? null : Double.toString(r.value()), r.components(), r.inputs(), r.method(),
                    Boolean.toString(r.value() != null), literal(r.missing()), literal(r.outOfRange()),
                    "\\x" + HexFormat.of().formatHex(hash)));
            count++;
        }

        /** Ends the COPY; returns how many results it stored. */
        int finish() throws SQLException {
            if (copy == null) {
                return 0;
            }
            csv.close(); // flushes the last lines into the COPY, which stays open until ended here
            long copied = copy.endCopy();
            if (copied != count) {
                throw new IllegalStateException("COPY stored " + copied + " of " + count + " index results");
            }
            return count;
        }

        @Override
        public void close() throws SQLException {
            if (copy != null && copy.isActive()) {
                copy.cancelCopy();
            }
        }

        private String literal(String joined) throws SQLException {
            String literal = literals.get(joined);
            if (literal == null) {
                literal = connection.createArrayOf("text", IndexResults.Row.elements(joined)).toString();
                literals.put(joined, literal);
            }
            return literal;
        }

        /** The COPY's stream, flushed but not ended when the CSV writer closes it. */
        private static OutputStream endedByCopy(PGCopyOutputStream out) {
            return new FilterOutputStream(out) {
                @Override
                public void write(byte[] bytes, int offset, int length) throws IOException {
                    out.write(bytes, offset, length);
                }

                @Override
                public void close() throws IOException {
                    out.flush();
                }
            };
        }
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
