package kz.tendik.cases.safety;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import kz.tendik.cases.access.CaseAccess;
import kz.tendik.cases.casefile.CaseEventType;
import kz.tendik.cases.file.StaleVersionException;
import kz.tendik.cases.file.Timeline;
import kz.tendik.cases.support.CasesAudit;
import kz.tendik.identity.CurrentUser;
import kz.tendik.shared.crypto.FieldCipher;
import kz.tendik.shared.web.UserInputException;
import kz.tendik.shared.web.UserInputException.FieldProblem;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The safety plan of a case: one per case, the whole plan one ciphertext ({@code safety_plan.plan:<case id>}), changed
 * with the version read (a stale version is refused with 409), audited as {@code safety-plan.read} / {@code .update}.
 */
@Service
public class SafetyPlans {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;
    private final CaseAccess access;
    private final CasesAudit audit;
    private final Timeline timeline;
    private final FieldCipher cipher;
    private final Clock clock;

    SafetyPlans(JdbcClient jdbc, CaseAccess access, CasesAudit audit, Timeline timeline, FieldCipher cipher, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.audit = audit;
        this.timeline = timeline;
        this.cipher = cipher;
        this.clock = clock;
    }

    @Transactional
    public SafetyPlanView read(CurrentUser user, long caseId) {
        CaseAccess.Grant grant = access.read(user, caseId);
        audit.read(user, "safety-plan.read", "case", caseId, grant.purpose());
        return planOf(caseId);
    }

    @Transactional
    public SafetyPlanView update(CurrentUser user, long caseId, SafetyPlanContent plan) {
        CaseAccess.Grant grant = access.write(user, caseId, "safety-plan.update");
        validate(plan);
        int current = jdbc.sql("SELECT version FROM safety_plan WHERE case_id = ? FOR UPDATE").param(caseId)
                .query(Integer.class).optional().orElse(0);
        if (plan.version() != current) {
            throw new StaleVersionException(current);
        }
        int next = current + 1;
        byte[] ciphertext = cipher.encrypt(JSON.writeValueAsString(plan.withVersion(0)),
                SafetyColumns.SAFETY_PLAN.associatedData(caseId));
        Instant now = clock.instant();
        int written = current == 0
                ? jdbc.sql("""
                        INSERT INTO safety_plan (case_id, plan, version, updated_by, updated_at) VALUES (?, ?, 1, ?, ?)
                        ON CONFLICT DO NOTHING""").params(caseId, ciphertext, user.id(), Timestamp.from(now)).update()
                : jdbc.sql("""
                        UPDATE safety_plan SET plan = ?, version = ?, updated_by = ?, updated_at = ?
                        WHERE case_id = ? AND version = ?""")
                        .params(ciphertext, next, user.id(), Timestamp.from(now), caseId, current).update();
        if (written == 0) {
            throw new StaleVersionException(jdbc.sql("SELECT version FROM safety_plan WHERE case_id = ?").param(caseId)
                    .query(Integer.class).optional().orElse(0));
        }
        jdbc.sql("UPDATE case_file SET last_activity_at = ? WHERE id = ?")
                .params(Timestamp.from(now), caseId).update();
        timeline.record(caseId, CaseEventType.SAFETY_PLAN_UPDATED, now, user.id(), null);
        audit.success(user, "safety-plan.update", "case", caseId, grant.purpose());
        return planOf(caseId);
    }

    /** For a page whose caller has checked the read of the case; the caller audits {@code safety-plan.read}. */
    public SafetyPlanView planOf(long caseId) {
        return jdbc.sql("""
                SELECT p.plan, p.version, u.display_name, p.updated_at FROM safety_plan p
                JOIN app_user u ON u.id = p.updated_by WHERE p.case_id = ?""").param(caseId)
                .query((rs, n) -> new SafetyPlanView(JSON.readValue(
                        cipher.decrypt(rs.getBytes(1), SafetyColumns.SAFETY_PLAN.associatedData(caseId)),
                        SafetyPlanContent.class).withVersion(rs.getInt(2)), rs.getInt(2), rs.getString(3),
                        rs.getTimestamp(4).toInstant()))
                .optional().orElse(new SafetyPlanView(SafetyPlanContent.empty(), 0, null, null));
    }

    private static void validate(SafetyPlanContent plan) {
        List<FieldProblem> problems = new ArrayList<>();
        if (plan.version() == null) {
            problems.add(new FieldProblem("version", "validation.required"));
        }
        boolean empty = true;
        for (var field : plan.fields().entrySet()) {
            if (field.getValue() != null && !field.getValue().isBlank()) {
                empty = false;
                if (field.getValue().length() > SafetyPlanContent.MAX_LENGTH) {
                    problems.add(new FieldProblem(field.getKey(), "validation.tooLong"));
                }
            }
        }
        if (empty) {
            problems.add(new FieldProblem("safeContacts", "cases.safety.plan.empty"));
        }
        if (!problems.isEmpty()) {
            throw new UserInputException(problems);
        }
    }
}
