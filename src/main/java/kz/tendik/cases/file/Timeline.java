package kz.tendik.cases.file;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import kz.tendik.cases.casefile.CaseEventType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The timeline of a case: event type, time, actor and the row concerned; no personal text. */
@Component
public class Timeline {

    private final JdbcClient jdbc;

    Timeline(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * An event; {@code details} are codes that say more about it (the parts of a profile that changed:
     * {@code CONTACTS}), shown translated as {@code cases.eventDetail.<code>}; the table refuses anything but codes.
     */
    public record Event(long id, CaseEventType type, Instant at, Long actorId, String actorName, Long refId,
                        List<String> details) {
    }

    public void record(long caseId, CaseEventType type, Instant at, long actorId, Long refId) {
        write(caseId, type, at, actorId, refId, null);
    }

    public void record(long caseId, CaseEventType type, Instant at, long actorId, Long refId, List<String> details) {
        write(caseId, type, at, actorId, refId, details.isEmpty() ? null : details.toArray(String[]::new));
    }

    /** An event of the system itself (retention), with no actor. */
    public void recordBySystem(long caseId, CaseEventType type, Instant at) {
        write(caseId, type, at, null, null, null);
    }

    private void write(long caseId, CaseEventType type, Instant at, Long actorId, Long refId, String[] details) {
        jdbc.sql("""
                INSERT INTO case_event (case_id, type, occurred_at, actor_id, ref_id, details)
                VALUES (?, ?, ?, ?, ?, ?)""")
                .params(caseId, type.name(), Timestamp.from(at), actorId, refId, details).update();
    }

    /** The case's events, newest first: {@code limit} of them from the {@code from}-th, and how many there are. */
    public Slice<Event> of(long caseId, int from, int limit) {
        long[] total = {0};
        List<Event> events = jdbc.sql("""
                SELECT e.id, e.type, e.occurred_at, e.actor_id, u.display_name, e.ref_id, e.details,
                       count(*) OVER () AS total
                FROM case_event e LEFT JOIN app_user u ON u.id = e.actor_id
                WHERE e.case_id = ? ORDER BY e.occurred_at DESC, e.id DESC LIMIT ? OFFSET ?""")
                .params(caseId, limit, from)
                .query((rs, n) -> {
                    total[0] = rs.getLong("total");
                    return new Event(rs.getLong(1), CaseEventType.valueOf(rs.getString(2)),
                            rs.getTimestamp(3).toInstant(), rs.getObject(4, Long.class), rs.getString(5),
                            rs.getObject(6, Long.class), details(rs.getArray(7)));
                })
                .list();
        if (events.isEmpty() && from > 0) {
            total[0] = jdbc.sql("SELECT count(*) FROM case_event WHERE case_id = ?").param(caseId).query(Long.class)
                    .single();
        }
        return new Slice<>(events, from, total[0]);
    }

    private static List<String> details(java.sql.Array array) throws java.sql.SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }
}
