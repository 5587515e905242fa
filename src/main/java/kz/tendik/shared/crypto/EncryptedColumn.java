package kz.tendik.shared.crypto;

import java.util.regex.Pattern;

/**
 * A {@code bytea} column holding {@link FieldCipher} ciphertexts, declared as a bean by the module that owns it so
 * {@code tendik keys rotate} re-encrypts it. Every value must have been encrypted with
 * {@link #associatedData(Object) associatedData(id)}, i.e. the prefix followed by the row's id.
 *
 * <pre>{@code @Bean EncryptedColumn survivorName() {
 *     return new EncryptedColumn("survivor", "id", "name_enc", "survivor.name:");
 * }}</pre>
 *
 * @param table                  table name, optionally schema-qualified
 * @param idColumn               the primary key (a single, orderable column: bigint or uuid)
 * @param ciphertextColumn       the {@code bytea} column
 * @param associatedDataPrefix   e.g. {@code "survivor.name:"}; unique per column
 */
public record EncryptedColumn(String table, String idColumn, String ciphertextColumn, String associatedDataPrefix) {

    private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]*(\\.[a-z_][a-z0-9_]*)?");

    public EncryptedColumn {
        for (String name : new String[] {table, idColumn, ciphertextColumn}) {
            if (name == null || !IDENTIFIER.matcher(name).matches()) {
                throw new IllegalArgumentException("Not a plain SQL identifier: " + name);
            }
        }
        if (associatedDataPrefix == null || associatedDataPrefix.isBlank()) {
            throw new IllegalArgumentException("An associated-data prefix is required");
        }
    }

    /** The associated data for the row {@code id}: the prefix and the id's text. */
    public String associatedData(Object id) {
        return associatedDataPrefix + id;
    }

    @Override
    public String toString() {
        return table + "." + ciphertextColumn;
    }
}
