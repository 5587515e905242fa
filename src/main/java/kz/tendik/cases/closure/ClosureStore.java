package kz.tendik.cases.closure;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import kz.tendik.cases.casefile.ClosureReason;
import kz.tendik.cases.casefile.SurvivorWish;
import kz.tendik.cases.closure.ClosureState.Hold;
import kz.tendik.cases.closure.ClosureState.Reopening;
import kz.tendik.cases.closure.ClosureState.Request;
import kz.tendik.cases.closure.ClosureState.Status;
import kz.tendik.cases.file.StaleVersionException;
import kz.tendik.shared.crypto.FieldCipher;
import kz.tendik.shared.web.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code case_closure}, {@code case_reopening} and {@code legal_hold} tables and the case's closure columns. */
@Repository
class ClosureStore {

    private static final String REQUEST = """
            SELECT c.*, r.display_name AS requested_by_name, d.display_name AS decided_by_name FROM case_closure c
            JOIN app_user r ON r.id = c.requested_by LEFT JOIN app_user d ON d.id = c.decided_by WHERE c.case_id = ?""";

    private final JdbcClient jdbc;
    private final FieldCipher cipher;

    ClosureStore(JdbcClient jdbc, FieldCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    /** Moves the case to its next version if it is still at {@code version}; 409 when someone changed it since. */
    Instant touch(long caseId, int version, Instant now) {
        if (jdbc.sql("UPDATE case_file SET version = version + 1, updated_at = ? WHERE id = ? AND version = ?")
                .params(Timestamp.from(now), caseId, version).update() != 1) {
            throw new StaleVersionException(jdbc.sql("SELECT version FROM case_file WHERE id = ?").param(caseId)
                    .query(Integer.class).optional().orElseThrow(NotFoundException::new));
        }
        return now;
    }

    long request(long caseId, boolean safety, boolean services, SurvivorWish wish, ClosureReason reason, String note,
                 long userId, Instant now) {
        long id = nextId("case_closure");
        jdbc.sql("""
                INSERT INTO case_closure (id, case_id, safety_addressed, services_settled, survivor_wish, reason, note,
                                          requested_by, requested_at, status)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'REQUESTED')""")
                .params(id, caseId, safety, services, wish.name(), reason.name(),
                        cipher.encrypt(note, ClosureColumns.CLOSURE_NOTE.associatedData(id)), userId, Timestamp.from(now))
                .update();
        return id;
    }

    void decide(long requestId, Status status, String returnReason, long userId, Instant now) {
        jdbc.sql("UPDATE case_closure SET status = ?, return_reason = ?, decided_by = ?, decided_at = ? WHERE id = ?")
                .params(status.name(), cipher.encrypt(returnReason, ClosureColumns.RETURN_REASON.associatedData(requestId)),
                        userId, Timestamp.from(now), requestId).update();
    }

    void markClosed(long caseId, Instant now) {
        jdbc.sql("UPDATE case_file SET closed_at = ? WHERE id = ?").params(Timestamp.from(now), caseId).update();
    }

    Optional<Request> pending(long caseId) {
        return jdbc.sql(REQUEST + " AND c.status = 'REQUESTED'").param(caseId).query(this::request)
                .optional();
    }

    Optional<Request> lastDecided(long caseId) {
        return jdbc.sql(REQUEST + " AND c.status <> 'REQUESTED' ORDER BY c.decided_at DESC, c.id DESC LIMIT 1")
                .param(caseId).query(this::request).optional();
    }

    long reopen(long caseId, String reason, long userId, Instant now) {
        long id = nextId("case_reopening");
        jdbc.sql("INSERT INTO case_reopening (id, case_id, reason, reopened_by, reopened_at) VALUES (?, ?, ?, ?, ?)")
                .params(id, caseId, cipher.encrypt(reason, ClosureColumns.REOPEN_REASON.associatedData(id)), userId,
                        Timestamp.from(now)).update();
        jdbc.sql("UPDATE case_file SET reopened_at = ? WHERE id = ?").params(Timestamp.from(now), caseId).update();
        return id;
    }

    List<Reopening> reopenings(long caseId) {
        return jdbc.sql("""
                SELECT o.id, o.reason, o.reopened_by, u.display_name, o.reopened_at FROM case_reopening o
                JOIN app_user u ON u.id = o.reopened_by WHERE o.case_id = ? ORDER BY o.reopened_at DESC, o.id DESC""")
                .param(caseId)
                .query((rs, n) -> new Reopening(rs.getLong(1),
                        cipher.decrypt(rs.getBytes(2), ClosureColumns.REOPEN_REASON.associatedData(rs.getLong(1))),
                        rs.getLong(3), rs.getString(4), rs.getTimestamp(5).toInstant()))
                .list();
    }

    long placeHold(long caseId, String reason, long userId, Instant now) {
        long id = nextId("legal_hold");
        jdbc.sql("INSERT INTO legal_hold (id, case_id, reason, placed_by, placed_at) VALUES (?, ?, ?, ?, ?)")
                .params(id, caseId, cipher.encrypt(reason, ClosureColumns.HOLD_REASON.associatedData(id)), userId,
                        Timestamp.from(now)).update();
        jdbc.sql("UPDATE case_file SET legal_hold = TRUE WHERE id = ?").param(caseId).update();
        return id;
    }

    void liftHold(long holdId, long caseId, long userId, Instant now) {
        jdbc.sql("UPDATE legal_hold SET lifted_by = ?, lifted_at = ? WHERE id = ?")
                .params(userId, Timestamp.from(now), holdId).update();
        jdbc.sql("UPDATE case_file SET legal_hold = FALSE WHERE id = ?").param(caseId).update();
    }

    Optional<Hold> currentHold(long caseId) {
        return jdbc.sql("""
                SELECT h.id, h.reason, h.placed_by, u.display_name, h.placed_at FROM legal_hold h
                JOIN app_user u ON u.id = h.placed_by WHERE h.case_id = ? AND h.lifted_at IS NULL""").param(caseId)
                .query((rs, n) -> new Hold(rs.getLong(1),
                        cipher.decrypt(rs.getBytes(2), ClosureColumns.HOLD_REASON.associatedData(rs.getLong(1))),
                        rs.getLong(3), rs.getString(4), rs.getTimestamp(5).toInstant()))
                .optional();
    }

    Optional<Instant> textPurgedAt(long caseId) {
        return jdbc.sql("SELECT text_purged_at FROM case_file WHERE id = ?").param(caseId)
                .query((rs, n) -> Optional.ofNullable(rs.getTimestamp(1)).map(Timestamp::toInstant)).single();
    }

    private Request request(ResultSet rs, int n) throws SQLException {
        long id = rs.getLong("id");
        Timestamp decided = rs.getTimestamp("decided_at");
        return new Request(id, rs.getBoolean("safety_addressed"), rs.getBoolean("services_settled"),
                SurvivorWish.valueOf(rs.getString("survivor_wish")), ClosureReason.valueOf(rs.getString("reason")),
                cipher.decrypt(rs.getBytes("note"), ClosureColumns.CLOSURE_NOTE.associatedData(id)),
                rs.getLong("requested_by"), rs.getString("requested_by_name"),
                rs.getTimestamp("requested_at").toInstant(), Status.valueOf(rs.getString("status")),
                rs.getObject("decided_by", Long.class), rs.getString("decided_by_name"),
                decided == null ? null : decided.toInstant(),
                cipher.decrypt(rs.getBytes("return_reason"), ClosureColumns.RETURN_REASON.associatedData(id)));
    }

    private long nextId(String table) {
        return jdbc.sql("SELECT nextval(pg_get_serial_sequence(?, 'id'))").param(table).query(Long.class).single();
    }
}
