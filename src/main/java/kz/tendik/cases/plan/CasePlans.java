package kz.tendik.cases.plan;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import kz.tendik.cases.access.CaseAccess;
import kz.tendik.cases.casefile.CaseEventType;
import kz.tendik.cases.casefile.ReferralPurpose;
import kz.tendik.cases.file.StaleVersionException;
import kz.tendik.cases.file.Timeline;
import kz.tendik.cases.support.CaseRuleException;
import kz.tendik.cases.support.CasesAudit;
import kz.tendik.identity.Action;
import kz.tendik.identity.CurrentUser;
import kz.tendik.shared.crypto.FieldCipher;
import kz.tendik.shared.web.UserInputException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The case plan of a case: one per case, changed with the version read (a stale version is refused with 409 and
 * nothing is overwritten), the survivor's goals one ciphertext ({@code case_plan.goals:<case id>}). A plan the
 * survivor agreed to, with at least one service, marks the case's plan as recorded (the case plan stage). Services
 * provided may name the planned service they fulfil ({@link #plannedService}); such a planned service stays in the
 * plan with its kind ({@link DeliveredServices}), and the case's service counts are recounted ({@link PlanProgress}). A
 * supervisor or centre manager who did not change it last marks it reviewed; a change clears the review. Audited as
 * {@code case-plan.read}, {@code .update} and {@code .review}.
 */
@Service
public class CasePlans {

    private final JdbcClient jdbc;
    private final CaseAccess access;
    private final CasesAudit audit;
    private final Timeline timeline;
    private final FieldCipher cipher;
    private final PlanProgress progress;
    private final Clock clock;
    private final ZoneId zone;

    CasePlans(JdbcClient jdbc, CaseAccess access, CasesAudit audit, Timeline timeline, FieldCipher cipher,
              PlanProgress progress, Clock clock, @Value("${tendik.time-zone:Asia/Almaty}") ZoneId zone) {
        this.jdbc = jdbc;
        this.access = access;
        this.audit = audit;
        this.timeline = timeline;
        this.cipher = cipher;
        this.progress = progress;
        this.clock = clock;
        this.zone = zone;
    }

    @Transactional
    public CasePlanView read(CurrentUser user, long caseId) {
        CaseAccess.Grant grant = access.read(user, caseId);
        audit.read(user, "case-plan.read", "case", caseId, grant.purpose());
        return planOf(caseId);
    }

    @Transactional
    public CasePlanView update(CurrentUser user, long caseId, CasePlanDraft draft) {
        CaseAccess.Grant grant = access.write(user, caseId, "case-plan.update");
        CasePlanValidation.Valid plan = CasePlanValidation.check(draft, today());
        int current = currentVersion(caseId, true);
        if (plan.version() != current) {
            throw new StaleVersionException(current);
        }
        Map<Long, PlannedService> stored = servicesOf(caseId).stream()
                .collect(Collectors.toMap(PlannedService::id, s -> s));
        List<UserInputException.FieldProblem> problems = DeliveredServices.problems(stored, plan.services());
        if (!problems.isEmpty()) {
            throw new UserInputException(problems);
        }
        byte[] goals = cipher.encrypt(plan.goals(), CasePlanColumns.GOALS.associatedData(caseId));
        Instant now = clock.instant();
        Date agreedOn = plan.agreedOn() == null ? null : Date.valueOf(plan.agreedOn());
        int written = current == 0
                ? jdbc.sql("""
                        INSERT INTO case_plan (case_id, goals, planned_on, next_review_on, survivor_agreed, agreed_on,
                                               version, updated_by, updated_at)
                        VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?) ON CONFLICT DO NOTHING""")
                        .params(caseId, goals, Date.valueOf(plan.plannedOn()), Date.valueOf(plan.nextReviewOn()),
                                plan.survivorAgreed(), agreedOn, user.id(), Timestamp.from(now)).update()
                : jdbc.sql("""
                        UPDATE case_plan SET goals = ?, planned_on = ?, next_review_on = ?, survivor_agreed = ?,
                               agreed_on = ?, version = ?, updated_by = ?, updated_at = ?, reviewed_by = NULL,
                               reviewed_at = NULL
                        WHERE case_id = ? AND version = ?""")
                        .params(goals, Date.valueOf(plan.plannedOn()), Date.valueOf(plan.nextReviewOn()),
                                plan.survivorAgreed(), agreedOn, current + 1, user.id(), Timestamp.from(now), caseId,
                                current).update();
        if (written == 0) {
            throw new StaleVersionException(currentVersion(caseId, false));
        }
        writeServices(caseId, plan.services(), stored.keySet());
        jdbc.sql("UPDATE case_file SET case_plan_recorded = ? WHERE id = ?").params(plan.recorded(), caseId).update();
        progress.recount(caseId, now);
        timeline.record(caseId, CaseEventType.CASE_PLAN_UPDATED, now, user.id(), null);
        audit.success(user, "case-plan.update", "case", caseId, grant.purpose());
        return planOf(caseId);
    }

    /**
     * Marks the plan of the version read reviewed: a supervisor's or centre manager's act (403 for others, not by
     * break-glass), refused with 422 when there is no plan, the case is closed or the reviewer changed it last.
     */
    @Transactional
    public CasePlanView review(CurrentUser user, long caseId, Integer version) {
        access.closureStep(user, Action.CASE_PLAN_REVIEW, caseId, "case-plan.review");
        if (version == null) {
            throw new UserInputException("version", "validation.required");
        }
        if (access.closed(caseId)) {
            throw new CaseRuleException(null, "cases.closed.readOnly");
        }
        Stored stored = jdbc.sql("SELECT version, updated_by FROM case_plan WHERE case_id = ? FOR UPDATE")
                .param(caseId).query((rs, n) -> new Stored(rs.getInt(1), rs.getLong(2))).optional()
                .orElseThrow(() -> new CaseRuleException(null, "cases.casePlan.review.noPlan"));
        if (stored.version() != version) {
            throw new StaleVersionException(stored.version());
        }
        if (stored.updatedBy() == user.id()) {
            throw new CaseRuleException(null, "cases.casePlan.review.ownPlan");
        }
        Instant now = clock.instant();
        jdbc.sql("UPDATE case_plan SET reviewed_by = ?, reviewed_at = ? WHERE case_id = ?")
                .params(user.id(), Timestamp.from(now), caseId).update();
        timeline.record(caseId, CaseEventType.CASE_PLAN_REVIEWED, now, user.id(), null);
        audit.success(user, "case-plan.review", "case", caseId);
        return planOf(caseId);
    }

    private record Stored(int version, long updatedBy) {
    }

    /**
     * The planned services as sent, in their order: those sent with their id are changed in place (the services
     * delivered for them keep naming them), new ones added, the others removed.
     */
    private void writeServices(long caseId, List<CasePlanValidation.Item> items, Set<Long> before) {
        Set<Long> kept = items.stream().map(CasePlanValidation.Item::id).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        before.stream().filter(id -> !kept.contains(id)).forEach(id ->
                jdbc.sql("DELETE FROM case_plan_service WHERE id = ? AND case_id = ?").params(id, caseId).update());
        for (int i = 0; i < items.size(); i++) {
            CasePlanValidation.Item s = items.get(i);
            if (s.id() == null) {
                jdbc.sql("""
                        INSERT INTO case_plan_service (case_id, position, purpose, provided_by, target_on)
                        VALUES (?, ?, ?, ?, ?)""")
                        .params(caseId, i, s.purpose().name(), s.providedBy().name(), Date.valueOf(s.targetOn()))
                        .update();
            } else {
                jdbc.sql("""
                        UPDATE case_plan_service SET position = ?, purpose = ?, provided_by = ?, target_on = ?
                        WHERE id = ? AND case_id = ?""")
                        .params(i, s.purpose().name(), s.providedBy().name(), Date.valueOf(s.targetOn()), s.id(),
                                caseId).update();
            }
        }
    }

    /** The planned services of the case in the plan's order, each with the services delivered for it. */
    private List<PlannedService> servicesOf(long caseId) {
        return jdbc.sql("""
                SELECT p.id, p.purpose, p.provided_by, p.target_on, count(s.id), max(s.provided_on)
                FROM case_plan_service p LEFT JOIN case_service s ON s.plan_service_id = p.id
                WHERE p.case_id = ? GROUP BY p.id ORDER BY p.position""")
                .param(caseId).query((rs, n) -> new PlannedService(rs.getLong(1), ReferralPurpose.valueOf(rs.getString(2)),
                        ProvidedBy.valueOf(rs.getString(3)), rs.getObject(4, LocalDate.class), rs.getInt(5),
                        rs.getObject(6, LocalDate.class))).list();
    }

    /** For a page or document whose caller has checked the read of the case and audits it. */
    public CasePlanView planOf(long caseId) {
        List<PlannedService> services = servicesOf(caseId);
        return jdbc.sql("""
                SELECT p.goals, p.planned_on, p.next_review_on, p.survivor_agreed, p.agreed_on, p.version,
                       p.updated_by, u.display_name, p.updated_at, r.display_name, p.reviewed_at
                FROM case_plan p JOIN app_user u ON u.id = p.updated_by LEFT JOIN app_user r ON r.id = p.reviewed_by
                WHERE p.case_id = ?""").param(caseId)
                .query((rs, n) -> {
                    byte[] goals = rs.getBytes(1);
                    Timestamp reviewedAt = rs.getTimestamp(11);
                    return new CasePlanView(rs.getInt(6),
                            goals == null ? null : cipher.decrypt(goals, CasePlanColumns.GOALS.associatedData(caseId)),
                            rs.getObject(2, LocalDate.class), rs.getObject(3, LocalDate.class), rs.getBoolean(4),
                            rs.getObject(5, LocalDate.class), services, rs.getLong(7), rs.getString(8),
                            rs.getTimestamp(9).toInstant(), rs.getString(10),
                            reviewedAt == null ? null : reviewedAt.toInstant());
                })
                .optional().orElse(CasePlanView.none());
    }

    /**
     * The kind of the case's planned service {@code id}, for a service provided that names it; empty when the case's
     * plan has no such service. The plan is locked against a change until the caller's transaction ends, so the
     * service cannot be removed from the plan meanwhile.
     */
    public Optional<ReferralPurpose> plannedService(long caseId, long id) {
        return jdbc.sql("""
                SELECT s.purpose FROM case_plan_service s JOIN case_plan p ON p.case_id = s.case_id
                WHERE s.id = ? AND s.case_id = ? FOR SHARE OF p""").params(id, caseId)
                .query((rs, n) -> ReferralPurpose.valueOf(rs.getString(1))).optional();
    }

    /** Today in the centres' time zone. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }

    private int currentVersion(long caseId, boolean lock) {
        return jdbc.sql("SELECT version FROM case_plan WHERE case_id = ?" + (lock ? " FOR UPDATE" : "")).param(caseId)
                .query(Integer.class).optional().orElse(0);
    }
}
