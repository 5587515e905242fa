package kz.tendik.audit.chain;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Runs the chain verification and keeps its result, so that pages can show the last result and its time instead
 * of walking a large log on every view. Each run starts from the checkpoint of the last intact run.
 */
@Service
public class Verifications {

    private final ChainVerifier verifier;
    private final JdbcClient jdbc;
    private final Clock clock;

    Verifications(ChainVerifier verifier, JdbcClient jdbc, Clock clock) {
        this.verifier = verifier;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Walks the whole chain now and records the result in the caller's transaction (so a test or a request that
     * rolls back leaves no checkpoint for entries that were rolled back with it).
     */
    @Transactional
    public RecordedVerification run(RecordedVerification.Trigger trigger, String requestedBy) {
        Instant started = clock.instant();
        Verification result = verifier.verify(lastCheckpoint().orElse(null));
        Instant finished = clock.instant();
        jdbc.sql("""
                INSERT INTO audit_verification (started_at, finished_at, trigger, requested_by, intact, checked_entries,
                                                up_to_id, last_hash, first_broken_id, reason)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(Timestamp.from(started), Timestamp.from(finished), trigger.name(), requestedBy,
                        result.intact(), result.checkedEntries(), result.lastEntryId(), result.lastHash(),
                        result.firstBrokenId(), result.reason() == null ? null : result.reason().name())
                .update();
        return new RecordedVerification(started, finished, trigger, requestedBy, result.intact(),
                result.checkedEntries(), result.lastEntryId(), result.firstBrokenId(), result.reason(), 0);
    }

    /** The most recent verification, with the number of entries appended after it. */
    @Transactional(readOnly = true)
    public Optional<RecordedVerification> last() {
        return jdbc.sql("""
                SELECT v.*, (SELECT coalesce(max(e.id), 0) FROM audit_entry e) - v.up_to_id AS entries_since
                FROM audit_verification v ORDER BY v.id DESC LIMIT 1""")
                .query((rs, n) -> new RecordedVerification(rs.getTimestamp("started_at").toInstant(),
                        rs.getTimestamp("finished_at").toInstant(),
                        RecordedVerification.Trigger.valueOf(rs.getString("trigger")), rs.getString("requested_by"),
                        rs.getBoolean("intact"), rs.getLong("checked_entries"), rs.getLong("up_to_id"),
                        rs.getObject("first_broken_id", Long.class),
                        rs.getString("reason") == null ? null : Verification.Reason.valueOf(rs.getString("reason")),
                        Math.max(0, rs.getLong("entries_since"))))
                .optional();
    }

    private Optional<Checkpoint> lastCheckpoint() {
        return jdbc.sql("""
                SELECT up_to_id, last_hash FROM audit_verification
                WHERE intact AND last_hash IS NOT NULL ORDER BY id DESC LIMIT 1""")
                .query((rs, n) -> new Checkpoint(rs.getLong(1), rs.getString(2)))
                .optional();
    }
}
