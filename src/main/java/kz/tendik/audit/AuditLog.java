package kz.tendik.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import kz.tendik.audit.chain.ChainHash;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appends to the audit log. Each entry's hash is SHA-256 over the previous entry's hash and this entry's
 * canonical content ({@link ChainHash}); appends are serialised by a transaction-scoped advisory lock, so the
 * chain has no forks even with several application nodes. An entry joins the caller's transaction: a write that
 * rolls back leaves no audit entry claiming it happened.
 */
@Service
public class AuditLog {

    static final String GENESIS = ChainHash.GENESIS;
    private static final long CHAIN_LOCK = 0x7465_6e64_696b_4155L; // "tendikAU"
    /** Longest text kept in one field; a longer value (say, a pasted "username") is cut. */
    static final int MAX_TEXT = 256;

    private final JdbcClient jdbc;
    private final Clock clock;

    AuditLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.REQUIRED)
    public void record(AuditRecord record) {
        AuditRecord r = clean(record);
        jdbc.sql("SELECT pg_advisory_xact_lock(?)").param(CHAIN_LOCK).query(Object.class).single();
        record Last(long id, String hash) {
        }
        Last last = jdbc.sql("SELECT id, hash FROM audit_entry ORDER BY id DESC LIMIT 1")
                .query((rs, n) -> new Last(rs.getLong(1), rs.getString(2))).optional()
                .orElse(new Last(0, GENESIS));
        long id = last.id() + 1;
        Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS); // PostgreSQL keeps microseconds
        String hash = hash(last.hash(), canonical(id, at, r));
        jdbc.sql("""
                INSERT INTO audit_entry (id, occurred_at, actor_id, actor_name, action, object_type, object_id, purpose,
                                         outcome, client_ip, prev_hash, hash)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, Timestamp.from(at), r.actorId(), r.actorName(), r.action(),
                        r.objectType(), r.objectId(), r.purpose(), r.outcome().name(),
                        r.clientIp(), last.hash(), hash)
                .update();
    }

    /** The content that is hashed: every column but the hashes, in a fixed order with unambiguous separators. */
    static String canonical(long id, Instant at, AuditRecord r) {
        return ChainHash.canonical(id, at, r.actorId(), r.actorName(), r.action(), r.objectType(), r.objectId(),
                r.purpose(), r.outcome().name(), r.clientIp());
    }

    static String hash(String previousHash, String canonicalContent) {
        return ChainHash.hash(previousHash, canonicalContent);
    }

    /**
     * Control characters (the field separator among them) become U+FFFD and over-long texts are cut, so that no
     * stored value can shift the boundaries between fields of the hashed content, nor flood the log.
     */
    static AuditRecord clean(AuditRecord r) {
        return new AuditRecord(r.actorId(), text(r.actorName()), text(r.action()), text(r.objectType()),
                text(r.objectId()), text(r.purpose()), r.outcome(), text(r.clientIp()));
    }

    static String text(String value) {
        if (value == null) {
            return null;
        }
        String cut = value.codePointCount(0, value.length()) > MAX_TEXT
                ? value.substring(0, value.offsetByCodePoints(0, MAX_TEXT)) : value;
        StringBuilder clean = new StringBuilder(cut.length());
        cut.codePoints().forEach(c -> clean.appendCodePoint(Character.isISOControl(c) ? 0xFFFD : c));
        return clean.toString();
    }
}
