package kz.tendik.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appends to the audit log. Each entry's hash is SHA-256 over the previous entry's hash and this entry's
 * canonical content; appends are serialised by a transaction-scoped advisory lock, so the chain has no forks
 * even with several application nodes. An entry joins the caller's transaction: a write that rolls back leaves
 * no audit entry claiming it happened.
 */
@Service
public class AuditLog {

    static final String GENESIS = "0".repeat(64);
    private static final long CHAIN_LOCK = 0x7465_6e64_696b_4155L; // "tendikAU"

    private final JdbcClient jdbc;
    private final Clock clock;

    AuditLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.REQUIRED)
    public void record(AuditRecord record) {
        jdbc.sql("SELECT pg_advisory_xact_lock(?)").param(CHAIN_LOCK).query(Object.class).single();
        record Last(long id, String hash) {
        }
        Last last = jdbc.sql("SELECT id, hash FROM audit_entry ORDER BY id DESC LIMIT 1")
                .query((rs, n) -> new Last(rs.getLong(1), rs.getString(2))).optional()
                .orElse(new Last(0, GENESIS));
        long id = last.id() + 1;
        Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS); // PostgreSQL keeps microseconds
        String hash = hash(last.hash(), canonical(id, at, record));
        jdbc.sql("""
                INSERT INTO audit_entry (id, occurred_at, actor_id, actor_name, action, object_type, object_id, purpose,
                                         outcome, client_ip, prev_hash, hash)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, Timestamp.from(at), record.actorId(), record.actorName(), record.action(),
                        record.objectType(), record.objectId(), record.purpose(), record.outcome().name(),
                        record.clientIp(), last.hash(), hash)
                .update();
    }

    /** The content that is hashed: every column but the hashes, in a fixed order with unambiguous separators. */
    static String canonical(long id, Instant at, AuditRecord r) {
        return String.join("\u001f", String.valueOf(id), at.toString(), String.valueOf(r.actorId()),
                String.valueOf(r.actorName()), r.action(), String.valueOf(r.objectType()), String.valueOf(r.objectId()),
                String.valueOf(r.purpose()), r.outcome().name(), String.valueOf(r.clientIp()));
    }

    static String hash(String previousHash, String canonicalContent) {
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
