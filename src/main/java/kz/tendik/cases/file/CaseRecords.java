package kz.tendik.cases.file;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import kz.tendik.cases.access.CaseAccess;
import kz.tendik.cases.casefile.CaseEventType;
import kz.tendik.cases.casefile.ConsentPurpose;
import kz.tendik.cases.casefile.ReferralPurpose;
import kz.tendik.cases.support.CaseColumns;
import kz.tendik.cases.support.CasesAudit;
import kz.tendik.cases.support.Idempotency;
import kz.tendik.cases.support.Staff;
import kz.tendik.cases.task.SystemTask;
import kz.tendik.cases.task.TaskKind;
import kz.tendik.identity.CurrentUser;
import kz.tendik.shared.crypto.FieldCipher;
import kz.tendik.shared.web.NotFoundException;
import kz.tendik.shared.web.UserInputException;
import kz.tendik.shared.web.UserInputException.FieldProblem;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What is recorded on a case besides its header: consents, notes (encrypted) and follow-ups (a typed title encrypted;
 * the system's tasks titled in the reader's language), each validated with every mistake named at once, written with
 * a timeline event and audited.
 */
@Service
public class CaseRecords {

    static final int MAX_NOTE = 10_000;
    static final int MAX_TITLE = 300;

    private final JdbcClient jdbc;
    private final CaseAccess access;
    private final CasesAudit audit;
    private final Idempotency idempotency;
    private final Timeline timeline;
    private final FieldCipher cipher;
    private final Staff staff;
    private final MessageSource messages;
    private final Clock clock;
    private final ZoneId zone;

    CaseRecords(JdbcClient jdbc, CaseAccess access, CasesAudit audit, Idempotency idempotency, Timeline timeline,
                FieldCipher cipher, Staff staff, MessageSource messages, Clock clock,
                @Value("${tendik.time-zone:Asia/Almaty}") ZoneId zone) {
        this.messages = messages;
        this.jdbc = jdbc;
        this.access = access;
        this.audit = audit;
        this.idempotency = idempotency;
        this.timeline = timeline;
        this.cipher = cipher;
        this.staff = staff;
        this.clock = clock;
        this.zone = zone;
    }

    public record ConsentDraft(ConsentPurpose purpose, ReferralPurpose referralTo, Boolean given, LocalDate date) {
    }

    public record Consent(long id, ConsentPurpose purpose, ReferralPurpose referralTo, boolean given, LocalDate date,
                          long recordedBy, String recordedByName, Instant recordedAt) {
    }

    public record NoteDraft(String text) {
    }

    public record Note(long id, String text, long writtenBy, String writtenByName, Instant writtenAt) {
    }

    public record FollowUpDraft(String title, LocalDate dueOn, Long assignedTo) {
    }

    /**
     * A task or follow-up. {@code kind} is set for a task the system put on the case ({@link TaskKind}), whose title
     * is written in the reader's language; a title typed by a user is shown as typed ({@code null} once retention
     * removed it).
     */
    public record FollowUp(long id, String title, TaskKind kind, LocalDate dueOn, Long assignedTo,
                           String assignedToName, Instant doneAt, boolean overdue) {
    }

    // ---- consents

    @Transactional
    public Idempotency.Outcome recordConsent(CurrentUser user, long caseId, ConsentDraft draft, String key) {
        CaseAccess.Grant grant = access.write(user, caseId, "case.consent.add");
        return idempotency.once(user, "consent.add:" + caseId, key, draft, () -> {
            LocalDate today = today();
            List<FieldProblem> problems = new ArrayList<>();
            if (draft.purpose() == null) {
                problems.add(new FieldProblem("purpose", "validation.required"));
            }
            if (draft.purpose() == ConsentPurpose.REFERRAL && draft.referralTo() == null) {
                problems.add(new FieldProblem("referralTo", "validation.required"));
            }
            if (draft.purpose() != null && draft.purpose() != ConsentPurpose.REFERRAL && draft.referralTo() != null) {
                problems.add(new FieldProblem("referralTo", "cases.consent.referralOnly"));
            }
            if (draft.given() == null) {
                problems.add(new FieldProblem("given", "validation.required"));
            }
            if (draft.date() != null && draft.date().isAfter(today)) {
                problems.add(new FieldProblem("date", "cases.date.future"));
            }
            if (!problems.isEmpty()) {
                throw new UserInputException(problems);
            }
            Instant now = clock.instant();
            long id = jdbc.sql("""
                    INSERT INTO consent (case_id, purpose, referral_to, given, given_on, recorded_by, recorded_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                    .params(caseId, draft.purpose().name(), draft.referralTo() == null ? null : draft.referralTo().name(),
                            draft.given(), draft.date() == null ? today : draft.date(), user.id(), Timestamp.from(now))
                    .query(Long.class).single();
            timeline.record(caseId, CaseEventType.CONSENT_RECORDED, now, user.id(), id);
            audit.success(user, "case.consent.add", "case", caseId, grant.purpose());
            return id;
        });
    }

    @Transactional
    public List<Consent> consents(CurrentUser user, long caseId) {
        access.read(user, caseId);
        return consentsOf(caseId);
    }

    /** One consent of the case (after it was recorded: one row read, not the list), audited as a read. */
    @Transactional
    public Consent consent(CurrentUser user, long caseId, long consentId) {
        access.read(user, caseId);
        return consentsWhere("c.case_id = ? AND c.id = ?", caseId, consentId).stream().findFirst()
                .orElseThrow(NotFoundException::new);
    }

    public List<Consent> consentsOf(long caseId) {
        return consentsWhere("c.case_id = ?", caseId);
    }

    private List<Consent> consentsWhere(String condition, Object... params) {
        return jdbc.sql("""
                SELECT c.id, c.purpose, c.referral_to, c.given, c.given_on, c.recorded_by, u.display_name, c.recorded_at
                FROM consent c JOIN app_user u ON u.id = c.recorded_by WHERE %s
                ORDER BY c.recorded_at DESC, c.id DESC""".formatted(condition)).params(params)
                .query((rs, n) -> new Consent(rs.getLong(1), ConsentPurpose.valueOf(rs.getString(2)),
                        rs.getString(3) == null ? null : ReferralPurpose.valueOf(rs.getString(3)), rs.getBoolean(4),
                        rs.getObject(5, LocalDate.class), rs.getLong(6), rs.getString(7),
                        rs.getTimestamp(8).toInstant()))
                .list();
    }

    // ---- notes

    @Transactional
    public Idempotency.Outcome addNote(CurrentUser user, long caseId, NoteDraft draft, String key) {
        CaseAccess.Grant grant = access.write(user, caseId, "case.note.add");
        return idempotency.once(user, "note.add:" + caseId, key, draft, () -> {
            String text = draft.text() == null ? "" : draft.text().strip();
            if (text.isEmpty()) {
                throw new UserInputException("text", "validation.required");
            }
            if (text.length() > MAX_NOTE) {
                throw new UserInputException("text", "validation.tooLong");
            }
            long id = nextId("case_note");
            Instant now = clock.instant();
            jdbc.sql("INSERT INTO case_note (id, case_id, body, written_by, written_at) VALUES (?, ?, ?, ?, ?)")
                    .params(id, caseId, cipher.encrypt(text, CaseColumns.NOTE_BODY.associatedData(id)), user.id(),
                            Timestamp.from(now)).update();
            timeline.record(caseId, CaseEventType.NOTE_ADDED, now, user.id(), id);
            audit.success(user, "case.note.add", "case", caseId, grant.purpose());
            return id;
        });
    }

    @Transactional
    public List<Note> notes(CurrentUser user, long caseId) {
        access.read(user, caseId);
        return notesOf(caseId);
    }

    /** One note of the case (after it was written: one row decrypted, not the list), audited as a read. */
    @Transactional
    public Note note(CurrentUser user, long caseId, long noteId) {
        access.read(user, caseId);
        return notesWhere("n.case_id = ? AND n.id = ?", 1, 0, caseId, noteId).items().stream().findFirst()
                .orElseThrow(NotFoundException::new);
    }

    public List<Note> notesOf(long caseId) {
        return notesWhere("n.case_id = ?", Integer.MAX_VALUE, 0, caseId).items();
    }

    /**
     * The case's notes, newest first: {@code limit} of them from the {@code from}-th (only those decrypted), and how
     * many there are; for the case page, whose caller checked and audited the read.
     */
    public Slice<Note> notesOf(long caseId, int from, int limit) {
        Slice<Note> slice = notesWhere("n.case_id = ?", limit, from, caseId);
        if (slice.items().isEmpty() && from > 0) {
            long total = jdbc.sql("SELECT count(*) FROM case_note WHERE case_id = ?").param(caseId)
                    .query(Long.class).single();
            return new Slice<>(List.of(), from, total);
        }
        return slice;
    }

    private Slice<Note> notesWhere(String condition, int limit, int from, Object... params) {
        long[] total = {0};
        List<Object> all = new ArrayList<>(List.of(params));
        all.add(limit);
        all.add(from);
        List<Note> notes = jdbc.sql("""
                SELECT n.id, n.body, n.written_by, u.display_name, n.written_at, count(*) OVER () AS total
                FROM case_note n JOIN app_user u ON u.id = n.written_by WHERE %s
                ORDER BY n.written_at DESC, n.id DESC LIMIT ? OFFSET ?""".formatted(condition))
                .params(all)
                .query((rs, n) -> {
                    total[0] = rs.getLong("total");
                    return new Note(rs.getLong(1),
                            cipher.decrypt(rs.getBytes(2), CaseColumns.NOTE_BODY.associatedData(rs.getLong(1))),
                            rs.getLong(3), rs.getString(4), rs.getTimestamp(5).toInstant());
                })
                .list();
        return new Slice<>(notes, from, total[0]);
    }

    // ---- follow-ups

    @Transactional
    public Idempotency.Outcome addFollowUp(CurrentUser user, long caseId, FollowUpDraft draft, String key) {
        CaseAccess.Grant grant = access.write(user, caseId, "case.follow-up.add");
        return idempotency.once(user, "follow-up.add:" + caseId, key, draft, () -> {
            List<FieldProblem> problems = new ArrayList<>();
            String title = draft.title() == null ? "" : draft.title().strip();
            if (title.isEmpty()) {
                problems.add(new FieldProblem("title", "validation.required"));
            } else if (title.length() > MAX_TITLE) {
                problems.add(new FieldProblem("title", "validation.tooLong"));
            }
            if (draft.dueOn() == null) {
                problems.add(new FieldProblem("dueOn", "validation.required"));
            }
            if (draft.assignedTo() != null && !staff.isCaseworkerOf(draft.assignedTo(), grant.centreId())) {
                problems.add(new FieldProblem("assignedTo", "cases.case.notACaseworker"));
            }
            if (!problems.isEmpty()) {
                throw new UserInputException(problems);
            }
            long id = nextId("follow_up");
            Instant now = clock.instant();
            jdbc.sql("""
                    INSERT INTO follow_up (id, case_id, title, due_on, assigned_to, created_by, created_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?)""")
                    .params(id, caseId, cipher.encrypt(title, CaseColumns.FOLLOW_UP_TITLE.associatedData(id)),
                            draft.dueOn(), draft.assignedTo(), user.id(), Timestamp.from(now)).update();
            timeline.record(caseId, CaseEventType.FOLLOW_UP_ADDED, now, user.id(), id);
            audit.success(user, "case.follow-up.add", "case", caseId, grant.purpose());
            return id;
        });
    }

    @Transactional
    public void completeFollowUp(CurrentUser user, long caseId, long followUpId) {
        CaseAccess.Grant grant = access.write(user, caseId, "case.follow-up.done");
        Instant now = clock.instant();
        int done = jdbc.sql("""
                UPDATE follow_up SET done_at = ?, done_by = ? WHERE id = ? AND case_id = ? AND done_at IS NULL""")
                .params(Timestamp.from(now), user.id(), followUpId, caseId).update();
        if (done == 0) {
            boolean exists = jdbc.sql("SELECT EXISTS (SELECT 1 FROM follow_up WHERE id = ? AND case_id = ?)")
                    .params(followUpId, caseId).query(Boolean.class).single();
            if (!exists) {
                throw new NotFoundException();
            }
            return; // already done: completing twice changes nothing
        }
        timeline.record(caseId, CaseEventType.FOLLOW_UP_DONE, now, user.id(), followUpId);
        audit.success(user, "case.follow-up.done", "case", caseId, grant.purpose());
    }

    @Transactional
    public List<FollowUp> followUps(CurrentUser user, long caseId) {
        access.read(user, caseId);
        return followUpsOf(caseId);
    }

    /** One follow-up of the case (after it was added: one row decrypted, not the list), audited as a read. */
    @Transactional
    public FollowUp followUp(CurrentUser user, long caseId, long followUpId) {
        access.read(user, caseId);
        return followUpsWhere("f.case_id = ? AND f.id = ?", caseId, followUpId).stream().findFirst()
                .orElseThrow(NotFoundException::new);
    }

    public List<FollowUp> followUpsOf(long caseId) {
        return followUpsWhere("f.case_id = ?", caseId);
    }

    private List<FollowUp> followUpsWhere(String condition, Object... params) {
        LocalDate today = today();
        Locale reader = LocaleContextHolder.getLocale();
        return jdbc.sql("""
                SELECT f.id, f.title, f.kind, f.arguments, f.due_on, f.assigned_to, u.display_name, f.done_at
                FROM follow_up f LEFT JOIN app_user u ON u.id = f.assigned_to WHERE %s
                ORDER BY f.done_at IS NOT NULL, f.due_on, f.id""".formatted(condition)).params(params)
                .query((rs, n) -> {
                    long id = rs.getLong(1);
                    SystemTask task = rs.getString(3) == null ? null : new SystemTask(TaskKind.valueOf(rs.getString(3)),
                            List.of((String[]) rs.getArray(4).getArray()));
                    String title = task != null ? messages.getMessage(task.title(), reader)
                            : cipher.decrypt(rs.getBytes(2), CaseColumns.FOLLOW_UP_TITLE.associatedData(id));
                    LocalDate due = rs.getObject(5, LocalDate.class);
                    Timestamp done = rs.getTimestamp(8);
                    return new FollowUp(id, title, task == null ? null : task.kind(), due, rs.getObject(6, Long.class),
                            rs.getString(7), done == null ? null : done.toInstant(), done == null && due.isBefore(today));
                })
                .list();
    }

    private long nextId(String table) {
        return jdbc.sql("SELECT nextval(pg_get_serial_sequence(?, 'id'))").param(table).query(Long.class).single();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }
}
