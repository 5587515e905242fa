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

    public record Event(long id, CaseEventType type, Instant at, Long actorId, String actorName, Long refId) {
    }

    public void record(long caseId, CaseEventType type, Instant at, long actorId, Long refId) {
        write(caseId, type, at, actorId, refId);
    }

    /** An event of the system itself (retention), with no actor. */
    public void recordBySystem(long caseId, CaseEventType type, Instant at) {
        write(caseId, type, at, null, null);
    }

    private void write(long caseId, CaseEventType type, Instant at, Long actorId, Long refId) {
        jdbc.sql("INSERT INTO case_event (case_id, type, occurred_at, actor_id, ref_id) VALUES (?, ?, ?, ?, ?)")
                .params(caseId, type.name(), Timestamp.from(at), actorId, refId).update();
    }

    public List<Event> of(long caseId) {
        return jdbc.sql("""
                SELECT e.id, e.type, e.occurred_at, e.actor_id, u.display_name, e.ref_id
                FROM case_event e LEFT JOIN app_user u ON u.id = e.actor_id
                WHERE e.case_id = ? ORDER BY e.occurred_at DESC, e.id DESC""").param(caseId)
                .query((rs, n) -> new Event(rs.getLong(1), CaseEventType.valueOf(rs.getString(2)),
                        rs.getTimestamp(3).toInstant(), rs.getObject(4, Long.class), rs.getString(5),
                        rs.getObject(6, Long.class)))
                .list();
    }
}
