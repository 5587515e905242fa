package kz.tendik.audit.chain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * How an audit entry is hashed: SHA-256 over the previous entry's hash, a newline, and the entry's canonical
 * content (every column but the hashes, in a fixed order, joined by the unit separator U+001F). The writer
 * ({@link kz.tendik.audit.AuditLog}) and the {@link ChainVerifier} both use this one definition.
 */
public final class ChainHash {

    /** The previous hash of the first entry. */
    public static final String GENESIS = "0".repeat(64);

    private ChainHash() {
    }

    public static String canonical(long id, Instant occurredAt, Long actorId, String actorName, String action,
                                   String objectType, String objectId, String purpose, String outcome,
                                   String clientIp) {
        return String.join("\u001f", String.valueOf(id), occurredAt.toString(), String.valueOf(actorId),
                String.valueOf(actorName), String.valueOf(action), String.valueOf(objectType),
                String.valueOf(objectId), String.valueOf(purpose), String.valueOf(outcome), String.valueOf(clientIp));
    }

    public static String hash(String previousHash, String canonicalContent) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(previousHash.getBytes(StandardCharsets.US_ASCII));
            sha256.update((byte) '\n');
            sha256.update(canonicalContent.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha256.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
