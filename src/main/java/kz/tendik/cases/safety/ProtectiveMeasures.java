package kz.tendik.cases.safety;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import kz.tendik.cases.access.CaseAccess;
import kz.tendik.cases.casefile.CaseEventType;
import kz.tendik.cases.file.Timeline;
import kz.tendik.cases.measure.Issuer;
import kz.tendik.cases.measure.MeasureDraft;
import kz.tendik.cases.measure.MeasureExpiry;
import kz.tendik.cases.measure.MeasureType;
import kz.tendik.cases.measure.MeasureValidation;
import kz.tendik.cases.measure.SpecialCondition;
import kz.tendik.cases.support.CasesAudit;
import kz.tendik.cases.support.Idempotency;
import kz.tendik.cases.task.SystemTask;
import kz.tendik.identity.CurrentUser;
import kz.tendik.shared.crypto.FieldCipher;
import kz.tendik.shared.web.NotFoundException;
import kz.tendik.shared.web.UserInputException;
import kz.tendik.shared.web.UserInputException.FieldProblem;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Protective measures of a case: checked by {@link MeasureValidation}, the end computed by {@link MeasureExpiry},
 * breaches recorded (note encrypted) each with a task for the caseworker; audited as {@code protective-measure.create},
 * {@code protective-measure.breach} and {@code protective-measure.read}.
 */
@Service
public class ProtectiveMeasures {

    private final JdbcClient jdbc;
    private final MeasureValidation validation;
    private final MeasureExpiry expiry;
    private final CaseAccess access;
    private final CasesAudit audit;
    private final Idempotency idempotency;
    private final Timeline timeline;
    private final SafetyTasks tasks;
    private final FieldCipher cipher;
    private final Clock clock;
    private final ZoneId zone;

    ProtectiveMeasures(JdbcClient jdbc, MeasureValidation validation, MeasureExpiry expiry, CaseAccess access,
                       CasesAudit audit, Idempotency idempotency, Timeline timeline, SafetyTasks tasks, FieldCipher cipher,
                       Clock clock, @Value("${tendik.time-zone:Asia/Almaty}") ZoneId zone) {
        this.jdbc = jdbc;
        this.validation = validation;
        this.expiry = expiry;
        this.access = access;
        this.audit = audit;
        this.idempotency = idempotency;
        this.timeline = timeline;
        this.tasks = tasks;
        this.cipher = cipher;
        this.clock = clock;
        this.zone = zone;
    }

    @Transactional
    public Idempotency.Outcome record(CurrentUser user, long caseId, ProtectiveMeasureDraft draft, String key) {
        CaseAccess.Grant grant = access.write(user, caseId, "protective-measure.create");
        return idempotency.once(user, "protective-measure.create:" + caseId, key, draft, () -> {
            MeasureDraft measure = parse(draft);
            LocalDateTime expiresAt = expiry.expiresAt(measure);
            Instant now = clock.instant();
            long id = jdbc.sql("""
                    INSERT INTO protective_measure (case_id, type, issuer, starts_at, ends_at, expires_at, conditions,
                        police_reports_per_month, recorded_by, recorded_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?::text[], ?, ?, ?) RETURNING id""")
                    .params(caseId, measure.type().name(), measure.type().issuer().name(), measure.startsAt(),
                            measure.endsAt(), expiresAt, "{" + measure.conditions().stream().map(Enum::name).sorted()
                                    .collect(Collectors.joining(",")) + "}",
                            measure.policeReportsPerMonth(), user.id(), Timestamp.from(now))
                    .query(Long.class).single();
            jdbc.sql("UPDATE case_file SET last_activity_at = ? WHERE id = ?").params(Timestamp.from(now), caseId).update();
            timeline.record(caseId, CaseEventType.MEASURE_RECORDED, now, user.id(), id);
            audit.success(user, "protective-measure.create", "protective-measure", id, grant.purpose());
            return id;
        });
    }

    /**
     * Records a breach and puts a task "measure breached" on the case for the caseworker; with an
     * {@code Idempotency-Key}, a retry gets the breach first recorded.
     */
    @Transactional
    public Idempotency.Outcome recordBreach(CurrentUser user, long caseId, long measureId, BreachDraft draft, String key) {
        CaseAccess.Grant grant = access.write(user, caseId, "protective-measure.breach");
        MeasureType type = jdbc.sql("SELECT type FROM protective_measure WHERE id = ? AND case_id = ?")
                .params(measureId, caseId).query(String.class).optional().map(MeasureType::valueOf)
                .orElseThrow(NotFoundException::new);
        return idempotency.once(user, "protective-measure.breach:" + caseId, key, List.of(measureId, draft), () -> {
            List<FieldProblem> problems = new ArrayList<>();
            LocalDate occurredOn = date(draft.occurredOn(), "occurredOn", true, problems);
            LocalDate today = LocalDate.now(clock.withZone(zone));
            if (occurredOn != null && occurredOn.isAfter(today)) {
                problems.add(new FieldProblem("occurredOn", "cases.safety.breach.inFuture"));
            }
            String note = draft.note() == null || draft.note().isBlank() ? null : draft.note().strip();
            if (note != null && note.length() > BreachDraft.MAX_NOTE) {
                problems.add(new FieldProblem("note", "validation.tooLong"));
            }
            if (!problems.isEmpty()) {
                throw new UserInputException(problems);
            }
            Instant now = clock.instant();
            long id = jdbc.sql("SELECT nextval(pg_get_serial_sequence('measure_breach', 'id'))").query(Long.class).single();
            jdbc.sql("""
                    INSERT INTO measure_breach (id, measure_id, occurred_on, note, recorded_by, recorded_at)
                    VALUES (?, ?, ?, ?, ?, ?)""")
                    .params(id, measureId, occurredOn,
                            note == null ? null : cipher.encrypt(note, SafetyColumns.BREACH_NOTE.associatedData(id)),
                            user.id(), Timestamp.from(now)).update();
            timeline.record(caseId, CaseEventType.MEASURE_BREACH_RECORDED, now, user.id(), id);
            tasks.add(caseId, SystemTask.measureBreached(type, occurredOn), today, user.id(), now);
            audit.success(user, "protective-measure.breach", "protective-measure", measureId, grant.purpose());
            return id;
        });
    }

    @Transactional
    public List<ProtectiveMeasureView> list(CurrentUser user, long caseId) {
        CaseAccess.Grant grant = access.read(user, caseId);
        audit.read(user, "protective-measure.read", "case", caseId, grant.purpose());
        return measuresOf(caseId);
    }

    @Transactional
    public ProtectiveMeasureView read(CurrentUser user, long caseId, long measureId) {
        CaseAccess.Grant grant = access.read(user, caseId);
        ProtectiveMeasureView view = measuresOf(caseId).stream().filter(m -> m.id() == measureId).findFirst()
                .orElseThrow(NotFoundException::new);
        audit.read(user, "protective-measure.read", "protective-measure", measureId, grant.purpose());
        return view;
    }

    /** For a page whose caller has checked the read of the case; newest first, with breaches. */
    public List<ProtectiveMeasureView> measuresOf(long caseId) {
        Map<Long, List<ProtectiveMeasureView.Breach>> breaches = jdbc.sql("""
                SELECT b.id, b.measure_id, b.occurred_on, b.note, u.display_name, b.recorded_at FROM measure_breach b
                JOIN protective_measure m ON m.id = b.measure_id JOIN app_user u ON u.id = b.recorded_by
                WHERE m.case_id = ? ORDER BY b.occurred_on, b.id""").param(caseId)
                .query((rs, n) -> Map.entry(rs.getLong(2), new ProtectiveMeasureView.Breach(rs.getLong(1),
                        rs.getObject(3, LocalDate.class), rs.getBytes(4) == null ? null
                        : cipher.decrypt(rs.getBytes(4), SafetyColumns.BREACH_NOTE.associatedData(rs.getLong(1))),
                        rs.getString(5), rs.getTimestamp(6).toInstant())))
                .list().stream().collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        LocalDateTime now = LocalDateTime.now(clock.withZone(zone));
        return jdbc.sql("""
                SELECT id, type, issuer, starts_at, ends_at, expires_at, array_to_string(conditions, ','),
                       police_reports_per_month
                FROM protective_measure WHERE case_id = ? ORDER BY starts_at DESC, id DESC""").param(caseId)
                .query((rs, n) -> {
                    LocalDateTime starts = rs.getObject(4, LocalDateTime.class);
                    LocalDateTime expires = rs.getObject(6, LocalDateTime.class);
                    Set<SpecialCondition> conditions = EnumSet.noneOf(SpecialCondition.class);
                    for (String c : rs.getString(7).split(",")) {
                        if (!c.isBlank()) {
                            conditions.add(SpecialCondition.valueOf(c));
                        }
                    }
                    return new ProtectiveMeasureView(rs.getLong(1), MeasureType.valueOf(rs.getString(2)),
                            Issuer.valueOf(rs.getString(3)), starts, rs.getObject(5, LocalDateTime.class), expires,
                            conditions, rs.getObject(8, Integer.class), expiry.isInForce(starts, expires, now),
                            expiry.isWarningDue(expires, now), breaches.getOrDefault(rs.getLong(1), List.of()));
                }).list();
    }

    private MeasureDraft parse(ProtectiveMeasureDraft draft) {
        List<FieldProblem> problems = new ArrayList<>();
        MeasureType type = null;
        if (draft.type() != null && !draft.type().isBlank()) {
            try {
                type = MeasureType.valueOf(draft.type().strip());
            } catch (IllegalArgumentException e) {
                problems.add(new FieldProblem(MeasureDraft.TYPE, "validation.invalidValue"));
            }
        }
        LocalDateTime starts = dateTime(draft.startsAt(), MeasureDraft.STARTS_AT, problems);
        LocalDateTime ends = dateTime(draft.endsAt(), MeasureDraft.ENDS_AT, problems);
        Set<SpecialCondition> conditions = EnumSet.noneOf(SpecialCondition.class);
        if (draft.conditions() != null) {
            for (String c : draft.conditions()) {
                try {
                    conditions.add(SpecialCondition.valueOf(c.strip()));
                } catch (RuntimeException e) {
                    problems.add(new FieldProblem(MeasureDraft.CONDITIONS, "validation.invalidValue"));
                    break;
                }
            }
        }
        MeasureDraft measure = new MeasureDraft(type, starts, ends, conditions, draft.policeReportsPerMonth());
        boolean typeInvalid = !problems.isEmpty() && problems.stream().anyMatch(p -> p.field().equals(MeasureDraft.TYPE));
        for (FieldProblem problem : validation.problems(measure)) {
            boolean named = problems.stream().anyMatch(p -> p.field().equals(problem.field()));
            if (!named && !(typeInvalid && problem.field().equals(MeasureDraft.TYPE))) {
                problems.add(problem);
            }
        }
        if (!problems.isEmpty()) {
            throw new UserInputException(problems);
        }
        return measure;
    }

    private static LocalDateTime dateTime(String text, String field, List<FieldProblem> problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            String value = text.strip();
            return value.length() == 10 ? LocalDate.parse(value).atStartOfDay() : LocalDateTime.parse(value);
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem(field, "validation.invalidValue"));
            return null;
        }
    }

    private static LocalDate date(String text, String field, boolean required, List<FieldProblem> problems) {
        if (text == null || text.isBlank()) {
            if (required) {
                problems.add(new FieldProblem(field, "validation.required"));
            }
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem(field, "validation.invalidValue"));
            return null;
        }
    }
}
