package kz.tendik.audit;

import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import kz.tendik.audit.chain.ChainHash;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Appends to the audit log. Each entry's hash is SHA-256 over the previous entry's hash and this entry's
 * canonical content ({@link ChainHash}); appends are serialised by a transaction-scoped advisory lock, so the
 * chain has no forks even with several application nodes. An entry joins the caller's transaction: a write that
 * rolls back leaves no audit entry claiming it happened.
 * <p>
 * A read may be recorded at the commit of the reading transaction instead ({@code recordAtCommit}): its entries
 * are then written together just before the commit, and the chain lock is held from there to the commit only, not
 * from a page's first audited read to its end (which lined every case page's queries up behind one another's).
 */
@Service
public class AuditLog {

    static final String GENESIS = ChainHash.GENESIS;
    private static final long CHAIN_LOCK = 0x7465_6e64_696b_4155L; // "tendikAU"
    /** Longest text kept in one field; a longer value (say, a pasted "username") is cut. */
    static final int MAX_TEXT = 256;
    /** SQL types of the inserted columns, so that a null (no actor, no purpose) is sent with its type. */
    private static final int[] AUDIT_TYPES = {Types.BIGINT, Types.TIMESTAMP, Types.BIGINT, Types.VARCHAR, Types.VARCHAR,
            Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR};

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final Clock clock;

    AuditLog(JdbcClient jdbc, JdbcTemplate template, Clock clock) {
        this.jdbc = jdbc;
        this.template = template;
        this.clock = clock;
    }

    /** Writes the entry now, in the caller's transaction (or one of its own). */
    @Transactional(propagation = Propagation.REQUIRED)
    public void record(AuditRecord record) {
        append(List.of(clean(record)));
    }

    /**
     * Writes the entry with the transaction's other such entries just before it commits (at once without a
     * transaction): for reads, whose entry need not be seen by the rest of the transaction. Entries written together
     * carry the time they were written, so the chain's order and its times agree.
     */
    public void recordAtCommit(AuditRecord record) {
        AuditRecord r = clean(record);
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            record(r);
            return;
        }
        Pending pending = TransactionSynchronizationManager.getSynchronizations().stream()
                .filter(Pending.class::isInstance).map(Pending.class::cast).findFirst().orElse(null);
        if (pending == null) {
            pending = new Pending();
            TransactionSynchronizationManager.registerSynchronization(pending);
        }
        pending.add(r);
    }

    /** A transaction's entries to write before it commits (one recorded after they were written is written at once). */
    private final class Pending implements TransactionSynchronization {

        private final List<AuditRecord> records = new ArrayList<>();
        private boolean written;

        void add(AuditRecord record) {
            if (written) {
                append(List.of(record));
            } else {
                records.add(record);
            }
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            written = true;
            append(records);
        }
    }

    private void append(List<AuditRecord> records) {
        if (records.isEmpty()) {
            return;
        }
        jdbc.sql("SELECT pg_advisory_xact_lock(?)").param(CHAIN_LOCK).query(Object.class).single();
        record Last(long id, String hash) {
        }
        Last last = jdbc.sql("SELECT id, hash FROM audit_entry ORDER BY id DESC LIMIT 1")
                .query((rs, n) -> new Last(rs.getLong(1), rs.getString(2))).optional()
                .orElse(new Last(0, GENESIS));
        Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS); // PostgreSQL keeps microseconds
        long id = last.id();
        String previous = last.hash();
        List<Object[]> rows = new ArrayList<>(records.size());
        for (AuditRecord r : records) {
            id++;
            String hash = hash(previous, canonical(id, at, r));
            rows.add(new Object[] {id, Timestamp.from(at), r.actorId(), r.actorName(), r.action(), r.objectType(),
                    r.objectId(), r.purpose(), r.outcome().name(), r.clientIp(), previous, hash});
            previous = hash;
        }
        // a page's entries (five or six reads) go in one batch: one round trip while the chain lock is held
        template.batchUpdate("""
                INSERT INTO audit_entry (id, occurred_at, actor_id, actor_name, action, object_type, object_id,
                                         purpose, outcome, client_ip, prev_hash, hash)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows, AUDIT_TYPES);
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
