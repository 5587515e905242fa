package kz.tendik.shared.crypto;

import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Re-encrypts one {@link EncryptedColumn} with the primary key, in batches of its own transaction, walking the
 * rows by id. Only rows whose ciphertext names another key are touched, so a run that stopped can simply be
 * repeated. An update only lands if the row still holds the ciphertext that was read (a concurrent edit wins).
 */
final class ColumnReencryption {

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final FieldCipher cipher;
    private final int batchSize;

    ColumnReencryption(JdbcClient jdbc, TransactionTemplate transactions, FieldCipher cipher, int batchSize) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.cipher = cipher;
        this.batchSize = batchSize;
    }

    record Outcome(long reencrypted, long unreadable) {
    }

    Outcome run(EncryptedColumn column) {
        byte[] primary = FieldCipher.keyIdBytes(cipher.primaryKeyId());
        String select = "SELECT %2$s AS id, %3$s AS ciphertext FROM %1$s WHERE %3$s IS NOT NULL"
                + " AND substring(%3$s FROM 2 FOR 4) <> :primary %4$s ORDER BY %2$s LIMIT :limit";
        String first = select.formatted(column.table(), column.idColumn(), column.ciphertextColumn(), "");
        String next = select.formatted(column.table(), column.idColumn(), column.ciphertextColumn(),
                "AND " + column.idColumn() + " > :after");
        String update = "UPDATE %1$s SET %3$s = :fresh WHERE %2$s = :id AND %3$s = :stale"
                .formatted(column.table(), column.idColumn(), column.ciphertextColumn());
        long reencrypted = 0;
        long unreadable = 0;
        Object after = null;
        while (true) {
            Object from = after;
            Batch batch = transactions.execute(status -> {
                List<Row> rows = jdbc.sql(from == null ? first : next).param("primary", primary)
                        .param("limit", batchSize).params(from == null ? Map.of() : Map.of("after", from))
                        .query((rs, n) -> new Row(rs.getObject("id"), rs.getBytes("ciphertext"))).list();
                return reencrypt(column, rows, update);
            });
            reencrypted += batch.reencrypted();
            unreadable += batch.unreadable();
            if (batch.size() < batchSize) {
                return new Outcome(reencrypted, unreadable);
            }
            after = batch.lastId();
        }
    }

    private Batch reencrypt(EncryptedColumn column, List<Row> rows, String update) {
        long done = 0;
        long unreadable = 0;
        for (Row row : rows) {
            String associatedData = column.associatedData(row.id());
            byte[] plaintext;
            try {
                plaintext = cipher.decryptBytes(row.ciphertext(), associatedData);
            } catch (FieldDecryptionException e) {
                unreadable++;
                continue;
            }
            byte[] fresh = cipher.encryptBytes(plaintext, associatedData);
            done += jdbc.sql(update).param("fresh", fresh).param("id", row.id()).param("stale", row.ciphertext())
                    .update();
        }
        return new Batch(rows.size(), done, unreadable, rows.isEmpty() ? null : rows.get(rows.size() - 1).id());
    }

    /** Rows per key id (unsigned, as Tink prints it) in the column. */
    Map<String, Long> usage(EncryptedColumn column) {
        String sql = "SELECT encode(substring(%2$s FROM 2 FOR 4), 'hex') AS key_id, count(*) AS n FROM %1$s"
                + " WHERE %2$s IS NOT NULL GROUP BY 1";
        Map<String, Long> usage = new TreeMap<>();
        jdbc.sql(sql.formatted(column.table(), column.ciphertextColumn())).query(rs -> {
            String hex = rs.getString("key_id");
            String keyId = hex.length() == 8 ? Integer.toUnsignedString(HexFormat.fromHexDigits(hex)) : "(none)";
            usage.merge(keyId, rs.getLong("n"), Long::sum);
        });
        return usage;
    }

    private record Row(Object id, byte[] ciphertext) {
    }

    private record Batch(int size, long reencrypted, long unreadable, Object lastId) {
    }
}
