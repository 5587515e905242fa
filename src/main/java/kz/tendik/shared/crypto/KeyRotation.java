package kz.tendik.shared.crypto;

import java.security.GeneralSecurityException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** A new primary AEAD key, then every registered {@link EncryptedColumn} re-encrypted with it. */
@Component
class KeyRotation {

    private final Keyring keyring;
    private final List<EncryptedColumn> columns;
    private final ColumnReencryption reencryption;

    KeyRotation(Keyring keyring, List<EncryptedColumn> columns, FieldCipher cipher, JdbcClient jdbc,
                PlatformTransactionManager transactions,
                @Value("${tendik.crypto.rotation-batch-size:500}") int batchSize) {
        this.keyring = keyring;
        this.columns = List.copyOf(columns);
        this.reencryption = new ColumnReencryption(jdbc, new TransactionTemplate(transactions), cipher, batchSize);
    }

    /** Adds and stores the new primary key; returns its id. */
    int newPrimaryKey() throws GeneralSecurityException {
        return keyring.rotate();
    }

    /** Re-encrypts every registered column's rows that use another key than the primary. */
    Map<EncryptedColumn, ColumnReencryption.Outcome> reencryptAll() {
        Map<EncryptedColumn, ColumnReencryption.Outcome> outcomes = new LinkedHashMap<>();
        for (EncryptedColumn column : columns) {
            outcomes.put(column, reencryption.run(column));
        }
        return outcomes;
    }

    Map<EncryptedColumn, Map<String, Long>> usage() {
        Map<EncryptedColumn, Map<String, Long>> usage = new LinkedHashMap<>();
        for (EncryptedColumn column : columns) {
            usage.put(column, reencryption.usage(column));
        }
        return usage;
    }

    Keyring keyring() {
        return keyring;
    }
}
