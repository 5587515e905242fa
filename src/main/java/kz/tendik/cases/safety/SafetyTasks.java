package kz.tendik.cases.safety;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;

import kz.tendik.cases.casefile.CaseEventType;
import kz.tendik.cases.file.Timeline;
import kz.tendik.cases.task.SystemTask;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Tasks the system puts on a case (the case core's follow-ups), for the lead caseworker (else any assigned one). A
 * task is shared by the case's team, whose members read different languages: it is stored as its kind and values,
 * without a title, and titled in each reader's language when read (decision 0028).
 */
@Component
class SafetyTasks {

    private final JdbcClient jdbc;
    private final Timeline timeline;

    SafetyTasks(JdbcClient jdbc, Timeline timeline) {
        this.jdbc = jdbc;
        this.timeline = timeline;
    }

    /** Adds the task and puts it on the timeline; {@code createdBy} is the user whose record caused it. */
    long add(long caseId, SystemTask task, LocalDate dueOn, long createdBy, Instant now) {
        Long assignee = jdbc.sql("SELECT user_id FROM case_assignment WHERE case_id = ? ORDER BY lead DESC, assigned_at LIMIT 1")
                .param(caseId).query(Long.class).optional().orElse(null);
        long id = jdbc.sql("""
                INSERT INTO follow_up (case_id, kind, arguments, due_on, assigned_to, created_by, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(caseId, task.kind().name(), task.arguments().toArray(String[]::new), dueOn, assignee, createdBy,
                        Timestamp.from(now)).query(Long.class).single();
        timeline.record(caseId, CaseEventType.SAFETY_TASK_CREATED, now, createdBy, id);
        return id;
    }
}
