package kz.tendik.cases.demo;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import kz.tendik.cases.casefile.CaseEventType;
import kz.tendik.cases.casefile.ConsentPurpose;
import kz.tendik.cases.casefile.ReferralPurpose;
import kz.tendik.cases.file.Timeline;
import kz.tendik.cases.plan.CasePlanColumns;
import kz.tendik.cases.plan.PlanProgress;
import kz.tendik.cases.plan.ProvidedBy;
import kz.tendik.cases.referral.ProgrammeReferrals;
import kz.tendik.shared.crypto.EncryptedColumn;
import kz.tendik.shared.crypto.FieldCipher;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The help plans and programme referral codes of a few demo cases, written like {@link DemoCases} writes the rest
 * (through SQL and the cipher, on the timeline, not audited): a plan the survivor agreed to, with planned services
 * (some already delivered, logged against the plan), and a programme referral code issued after the survivor's
 * consent to it was recorded.
 */
@Component
class DemoCasePlans {

    /** A planned service; {@code deliveredNote} is the note of a service already provided for it, if any. */
    record Planned(ReferralPurpose purpose, ProvidedBy providedBy, int targetInDays, String deliveredNote) {
    }

    private final JdbcClient jdbc;
    private final FieldCipher cipher;
    private final Timeline timeline;
    private final PlanProgress progress;
    private final EncryptedColumn serviceNote;

    DemoCasePlans(JdbcClient jdbc, FieldCipher cipher, Timeline timeline, PlanProgress progress,
                  @Qualifier("caseServiceNoteColumn") EncryptedColumn serviceNote) {
        this.jdbc = jdbc;
        this.serviceNote = serviceNote;
        this.cipher = cipher;
        this.timeline = timeline;
        this.progress = progress;
    }

    /** The case's plan, made and agreed on {@code day}, reviewed in a month; services delivered on that day. */
    void plan(long caseId, long workerId, LocalDate day, Instant at, String goals, List<Planned> services) {
        jdbc.sql("""
                INSERT INTO case_plan (case_id, goals, planned_on, next_review_on, survivor_agreed, agreed_on, version,
                                       updated_by, updated_at)
                VALUES (?, ?, ?, ?, TRUE, ?, 1, ?, ?)""")
                .params(caseId, cipher.encrypt(goals, CasePlanColumns.GOALS.associatedData(caseId)), Date.valueOf(day),
                        Date.valueOf(day.plusMonths(1)), Date.valueOf(day), workerId, Timestamp.from(at)).update();
        timeline.record(caseId, CaseEventType.CASE_PLAN_UPDATED, at, workerId, null);
        for (int i = 0; i < services.size(); i++) {
            Planned s = services.get(i);
            long planned = jdbc.sql("""
                    INSERT INTO case_plan_service (case_id, position, purpose, provided_by, target_on)
                    VALUES (?, ?, ?, ?, ?) RETURNING id""")
                    .params(caseId, i, s.purpose().name(), s.providedBy().name(),
                            Date.valueOf(day.plusDays(s.targetInDays()))).query(Long.class).single();
            if (s.deliveredNote() != null) {
                delivered(caseId, planned, s.purpose(), workerId, day, at, s.deliveredNote());
            }
        }
        jdbc.sql("UPDATE case_file SET case_plan_recorded = TRUE WHERE id = ?").param(caseId).update();
        progress.recount(caseId, at);
    }

    private void delivered(long caseId, long planned, ReferralPurpose purpose, long workerId, LocalDate day,
                           Instant at, String note) {
        long id = jdbc.sql("SELECT nextval(pg_get_serial_sequence('case_service', 'id'))").query(Long.class).single();
        jdbc.sql("""
                INSERT INTO case_service (id, case_id, service, provided_on, worker_id, plan_service_id, note,
                                          recorded_by, recorded_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, caseId, purpose.name(), Date.valueOf(day), workerId, planned,
                        cipher.encrypt(note, serviceNote.associatedData(id)), workerId,
                        Timestamp.from(at)).update();
        timeline.record(caseId, CaseEventType.SERVICE_PROVIDED, at, workerId, id);
    }

    /** The survivor's consent to a programme referral, recorded first, then the code issued on it. */
    void programmeReferral(long caseId, long workerId, LocalDate day, Instant at) {
        long consent = jdbc.sql("""
                INSERT INTO consent (case_id, purpose, given, given_on, recorded_by, recorded_at)
                VALUES (?, ?, TRUE, ?, ?, ?) RETURNING id""")
                .params(caseId, ConsentPurpose.PROGRAMME.name(), Date.valueOf(day), workerId, Timestamp.from(at))
                .query(Long.class).single();
        timeline.record(caseId, CaseEventType.CONSENT_RECORDED, at, workerId, consent);
        Instant issued = at.plusSeconds(60);
        long code = jdbc.sql("""
                INSERT INTO programme_referral (case_id, code, consent_id, issued_by, issued_at)
                VALUES (?, ?, ?, ?, ?) RETURNING id""")
                .params(caseId, ProgrammeReferrals.newCode(), consent, workerId, Timestamp.from(issued))
                .query(Long.class).single();
        timeline.record(caseId, CaseEventType.PROGRAMME_REFERRAL_ISSUED, issued, workerId, code);
    }
}
