package kz.tendik.cases.safety;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

import kz.tendik.cases.casefile.CaseEventType;
import kz.tendik.cases.file.Timeline;
import kz.tendik.cases.support.CaseColumns;
import kz.tendik.shared.crypto.FieldCipher;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Tasks the system puts on a case (the case core's follow-ups): for the lead caseworker (else any assigned one), the
 * title written in the system's language ({@code tendik.cases.task-language}, Russian by default) because a task is
 * shared by the case's team and stored as text (encrypted like every follow-up title).
 */
@Component
class SafetyTasks {

    private final JdbcClient jdbc;
    private final FieldCipher cipher;
    private final Timeline timeline;
    private final MessageSource messages;
    private final Locale language;

    SafetyTasks(JdbcClient jdbc, FieldCipher cipher, Timeline timeline, MessageSource messages,
                @Value("${tendik.cases.task-language:ru}") String language) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.timeline = timeline;
        this.messages = messages;
        this.language = Locale.forLanguageTag(language);
    }

    /** Adds the task and puts it on the timeline; {@code createdBy} is the user whose record caused it. */
    long add(long caseId, String titleKey, Object[] arguments, LocalDate dueOn, long createdBy, Instant now) {
        String title = messages.getMessage(titleKey, arguments, language);
        Long assignee = jdbc.sql("SELECT user_id FROM case_assignment WHERE case_id = ? ORDER BY lead DESC, assigned_at LIMIT 1")
                .param(caseId).query(Long.class).optional().orElse(null);
        long id = jdbc.sql("SELECT nextval(pg_get_serial_sequence('follow_up', 'id'))").query(Long.class).single();
        jdbc.sql("""
                INSERT INTO follow_up (id, case_id, title, due_on, assigned_to, created_by, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(id, caseId, cipher.encrypt(title, CaseColumns.FOLLOW_UP_TITLE.associatedData(id)), dueOn,
                        assignee, createdBy, Timestamp.from(now)).update();
        timeline.record(caseId, CaseEventType.SAFETY_TASK_CREATED, now, createdBy, id);
        return id;
    }
}
