package kz.tendik.shared.crypto;

import java.io.PrintStream;
import java.security.GeneralSecurityException;
import java.util.List;
import java.util.Map;

import kz.tendik.shared.cli.TendikCommand;
import org.springframework.stereotype.Component;

/**
 * {@code tendik keys rotate | reencrypt | status}. Rotation adds a new primary AEAD key (old keys stay for
 * decryption), stores the keyset, then re-encrypts every registered column. The blind-index keyset is not rotated.
 */
@Component
class KeysCommand implements TendikCommand {

    static final int USAGE = 2;
    static final int UNREADABLE = 3;

    private final KeyRotation rotation;

    KeysCommand(KeyRotation rotation) {
        this.rotation = rotation;
    }

    @Override
    public String name() {
        return "keys";
    }

    @Override
    public String usage() {
        return "rotate|reencrypt|status   new field-encryption key + re-encrypt all (blind-index keys are not"
                + " rotated) | re-encrypt rows still on old keys | keys and rows per key";
    }

    @Override
    public int run(List<String> arguments, PrintStream out, PrintStream err) {
        String sub = arguments.size() == 1 ? arguments.get(0) : "";
        return switch (sub) {
            case "rotate" -> rotate(out, err);
            case "reencrypt" -> reencrypt(out);
            case "status" -> status(out);
            default -> {
                err.println("Usage: tendik keys rotate|reencrypt|status");
                yield USAGE;
            }
        };
    }

    private int rotate(PrintStream out, PrintStream err) {
        int keyId;
        try {
            keyId = rotation.newPrimaryKey();
        } catch (GeneralSecurityException | UnsupportedOperationException e) {
            err.println("Key rotation failed: " + e.getMessage());
            return 1;
        }
        out.printf("New primary AEAD key %s stored in %s; older keys kept for decryption.%n",
                Integer.toUnsignedString(keyId), rotation.keyring().source().description());
        out.println("Blind-index keys are not rotated (every stored index would change).");
        return reencrypt(out);
    }

    private int reencrypt(PrintStream out) {
        long unreadable = 0;
        for (Map.Entry<EncryptedColumn, ColumnReencryption.Outcome> entry : rotation.reencryptAll().entrySet()) {
            ColumnReencryption.Outcome outcome = entry.getValue();
            out.printf("  %-40s %d rows re-encrypted%s%n", entry.getKey(), outcome.reencrypted(),
                    outcome.unreadable() == 0 ? "" : ", " + outcome.unreadable() + " UNREADABLE (left as they were)");
            unreadable += outcome.unreadable();
        }
        out.printf("Re-encryption done with key %s.%n", Integer.toUnsignedString(rotation.keyring().primaryKeyId()));
        return unreadable == 0 ? 0 : UNREADABLE;
    }

    private int status(PrintStream out) {
        out.println("AEAD keys (" + rotation.keyring().source().description() + "):");
        rotation.keyring().aeadKeys().forEach((id, state) ->
                out.printf("  %-12s %s%n", Integer.toUnsignedString(id), state));
        out.println("Rows per key:");
        Map<EncryptedColumn, Map<String, Long>> columns = rotation.usage();
        if (columns.isEmpty()) {
            out.println("  (no encrypted columns registered)");
        }
        columns.forEach((column, usage) -> out.printf("  %-40s %s%n", column,
                usage.isEmpty() ? "no rows" : describe(usage)));
        return 0;
    }

    private static String describe(Map<String, Long> usage) {
        return usage.entrySet().stream().map(e -> "key " + e.getKey() + ": " + e.getValue() + " rows")
                .collect(java.util.stream.Collectors.joining(", "));
    }
}
