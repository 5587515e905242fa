package kz.tendik.cases.task;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import kz.tendik.cases.measure.MeasureType;
import kz.tendik.cases.support.CaseColumns;
import kz.tendik.shared.crypto.FieldCipher;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Migration {@code V20261201_0596} (a Spring bean, which Flyway runs in order with the SQL ones): the tasks the system
 * stored with a title before it stored kinds get their kind and values, and lose the title, so that every reader
 * sees them in her language. Guarded: only a title that is exactly one the system wrote ({@link KnownTaskTitles}) is
 * changed; a typed one, one already with a kind, and one that cannot be decrypted stay as they are. Running it again
 * changes nothing.
 */
@Component
class TaskKindsOfStoredTitles implements JavaMigration {

    private final FieldCipher cipher;
    private final MessageSource messages;

    TaskKindsOfStoredTitles(FieldCipher cipher, MessageSource messages) {
        this.cipher = cipher;
        this.messages = messages;
    }

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("20261201.0596");
    }

    @Override
    public String getDescription() {
        return "task kinds of stored titles";
    }

    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws Exception {
        migrate(context.getConnection());
    }

    /** Gives the known titles their kind; returns how many tasks it changed. */
    int migrate(Connection connection) throws Exception {
        Map<String, MeasureType> names = measureNames();
        KnownTaskTitles known = new KnownTaskTitles(name -> Optional.ofNullable(names.get(name)));
        int changed = 0;
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT id, title FROM follow_up WHERE kind IS NULL AND title IS NOT NULL ORDER BY id");
             PreparedStatement update = connection.prepareStatement("""
                     UPDATE follow_up SET kind = ?, arguments = ?, title = NULL WHERE id = ? AND kind IS NULL""")) {
            select.setFetchSize(1_000);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    long id = rows.getLong(1);
                    Optional<SystemTask> task = title(rows.getBytes(2), id).flatMap(known::taskOf);
                    if (task.isEmpty()) {
                        continue;
                    }
                    update.setString(1, task.get().kind().name());
                    update.setArray(2, connection.createArrayOf("text", task.get().arguments().toArray()));
                    update.setLong(3, id);
                    changed += update.executeUpdate();
                }
            }
        }
        return changed;
    }

    private Optional<String> title(byte[] ciphertext, long id) {
        try {
            return Optional.of(cipher.decrypt(ciphertext, CaseColumns.FOLLOW_UP_TITLE.associatedData(id)));
        } catch (RuntimeException e) { // a title this key ring cannot read stays as it is
            return Optional.empty();
        }
    }

    /** Every measure's name in the three languages, as the titles named it. */
    private Map<String, MeasureType> measureNames() {
        Map<String, MeasureType> names = new HashMap<>();
        for (MeasureType type : MeasureType.values()) {
            for (String language : new String[] {"ru", "kk", "en"}) {
                names.put(messages.getMessage(type.messageKey(), null, type.name(), Locale.forLanguageTag(language)), type);
            }
        }
        return names;
    }
}
