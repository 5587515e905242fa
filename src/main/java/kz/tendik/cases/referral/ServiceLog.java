package kz.tendik.cases.referral;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import kz.tendik.cases.access.CaseAccess;
import kz.tendik.cases.casefile.CaseEventType;
import kz.tendik.cases.casefile.ReferralPurpose;
import kz.tendik.cases.file.Timeline;
import kz.tendik.cases.plan.CasePlans;
import kz.tendik.cases.support.CasesAudit;
import kz.tendik.cases.support.Idempotency;
import kz.tendik.cases.support.Staff;
import kz.tendik.directory.ServiceProviders;
import kz.tendik.identity.CurrentUser;
import kz.tendik.shared.crypto.FieldCipher;
import kz.tendik.shared.web.UserInputException;
import kz.tendik.shared.web.UserInputException.FieldProblem;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The services provided to a case, logged against the case plan: a service may name the planned service of the plan
 * it fulfils (one of this case's, whose kind it then has), which settles that planned service; one outside the plan
 * and outside a referral counts as a service planned and settled at once; one under a referral is that referral's
 * (counted once). The counts are then recounted ({@link kz.tendik.cases.plan.PlanProgress}). The note is encrypted.
 * Audited as {@code case.service.add} and {@code case.service.read}, on the timeline.
 */
@Service
public class ServiceLog {

    private final JdbcClient jdbc;
    private final CaseAccess access;
    private final CasesAudit audit;
    private final Idempotency idempotency;
    private final Timeline timeline;
    private final FieldCipher cipher;
    private final ServiceProviders providers;
    private final Staff staff;
    private final CasePlanCounts counts;
    private final CasePlans plans;
    private final Clock clock;
    private final ZoneId zone;

    ServiceLog(JdbcClient jdbc, CaseAccess access, CasesAudit audit, Idempotency idempotency, Timeline timeline,
               FieldCipher cipher, ServiceProviders providers, Staff staff, CasePlanCounts counts, CasePlans plans,
               Clock clock, @Value("${tendik.time-zone:Asia/Almaty}") ZoneId zone) {
        this.jdbc = jdbc;
        this.access = access;
        this.audit = audit;
        this.idempotency = idempotency;
        this.timeline = timeline;
        this.cipher = cipher;
        this.providers = providers;
        this.staff = staff;
        this.counts = counts;
        this.plans = plans;
        this.clock = clock;
        this.zone = zone;
    }

    @Transactional
    public Idempotency.Outcome record(CurrentUser user, long caseId, ServiceDraft draft, String key) {
        CaseAccess.Grant grant = access.write(user, caseId, "case.service.add");
        return idempotency.once(user, "case.service.add:" + caseId, key, draft, () -> {
            List<FieldProblem> problems = new ArrayList<>();
            ReferralPurpose planned = null;
            if (draft.plannedServiceId() != null) {
                planned = plans.plannedService(caseId, draft.plannedServiceId()).orElse(null);
                if (planned == null) {
                    problems.add(new FieldProblem("plannedServiceId", "cases.service.plannedServiceUnknown"));
                }
            }
            ReferralPurpose service = planned;
            if (!Referrals.present(draft.service())) {
                if (draft.plannedServiceId() == null) { // else the kind comes from the plan (or it is unknown)
                    problems.add(new FieldProblem("service", "validation.required"));
                }
            } else {
                try {
                    service = ReferralPurpose.valueOf(draft.service().strip());
                    if (planned != null && service != planned) {
                        problems.add(new FieldProblem("service", "cases.service.notThePlannedService",
                                new DefaultMessageSourceResolvable(planned.messageKey())));
                    }
                } catch (IllegalArgumentException e) {
                    problems.add(new FieldProblem("service", "validation.invalidValue"));
                }
            }
            LocalDate providedOn = providedOn(draft.providedOn(), problems);
            Long providerId = draft.providerId();
            if (draft.referralId() != null) {
                Long referralProvider = jdbc.sql("SELECT provider_id FROM referral WHERE id = ? AND case_id = ?")
                        .params(draft.referralId(), caseId).query(Long.class).optional().orElse(null);
                if (referralProvider == null) {
                    problems.add(new FieldProblem("referralId", "cases.service.referralUnknown"));
                } else if (providerId == null) {
                    providerId = referralProvider;
                } else if (!providerId.equals(referralProvider)) {
                    problems.add(new FieldProblem("providerId", "cases.service.providerNotOfReferral"));
                }
            }
            if (draft.providerId() != null && providers.find(draft.providerId()).isEmpty()) {
                problems.add(new FieldProblem("providerId", "cases.referral.providerUnknown"));
            }
            if (draft.workerId() != null && !staff.worksAt(draft.workerId(), grant.centreId())) {
                problems.add(new FieldProblem("workerId", "cases.service.workerUnknown"));
            }
            if (draft.workerId() == null && providerId == null && draft.referralId() == null) {
                problems.add(new FieldProblem("workerId", "cases.service.byWhom"));
                problems.add(new FieldProblem("providerId", "cases.service.byWhom"));
            }
            String note = Referrals.present(draft.note()) ? draft.note().strip() : null;
            if (note != null && note.length() > ServiceDraft.MAX_NOTE) {
                problems.add(new FieldProblem("note", "validation.tooLong"));
            }
            if (!problems.isEmpty()) {
                throw new UserInputException(problems);
            }
            Instant now = clock.instant();
            long id = jdbc.sql("SELECT nextval(pg_get_serial_sequence('case_service', 'id'))").query(Long.class).single();
            jdbc.sql("""
                    INSERT INTO case_service (id, case_id, service, provided_on, worker_id, provider_id, referral_id,
                                              plan_service_id, note, recorded_by, recorded_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(id, caseId, service.name(), providedOn, draft.workerId(), providerId, draft.referralId(),
                            draft.plannedServiceId(),
                            note == null ? null : cipher.encrypt(note, ReferralColumns.SERVICE_NOTE.associatedData(id)),
                            user.id(), Timestamp.from(now)).update();
            counts.serviceProvided(caseId, now);
            timeline.record(caseId, CaseEventType.SERVICE_PROVIDED, now, user.id(), id);
            audit.success(user, "case.service.add", "case-service", id, grant.purpose());
            return id;
        });
    }

    @Transactional
    public List<ServiceView> list(CurrentUser user, long caseId) {
        CaseAccess.Grant grant = access.read(user, caseId);
        audit.read(user, "case.service.read", "case", caseId, grant.purpose());
        return servicesOf(caseId);
    }

    /** For a page whose caller has checked and audited the read of the case; latest first. */
    public List<ServiceView> servicesOf(long caseId) {
        return jdbc.sql("""
                SELECT s.id, s.service, s.provided_on, s.worker_id, w.display_name, s.provider_id, s.referral_id, s.note,
                       u.display_name, s.recorded_at, s.plan_service_id
                FROM case_service s JOIN app_user u ON u.id = s.recorded_by LEFT JOIN app_user w ON w.id = s.worker_id
                WHERE s.case_id = ? ORDER BY s.provided_on DESC, s.id DESC""").param(caseId)
                .query((rs, n) -> new ServiceView(rs.getLong(1), ReferralPurpose.valueOf(rs.getString(2)),
                        rs.getObject(3, LocalDate.class), rs.getObject(4, Long.class), rs.getString(5),
                        rs.getObject(6, Long.class) == null ? null : providers.find(rs.getLong(6)).orElse(null),
                        rs.getObject(7, Long.class), rs.getObject(11, Long.class),
                        rs.getBytes(8) == null ? null
                                : cipher.decrypt(rs.getBytes(8), ReferralColumns.SERVICE_NOTE.associatedData(rs.getLong(1))),
                        rs.getString(9), rs.getTimestamp(10).toInstant()))
                .list();
    }

    private LocalDate providedOn(String text, List<FieldProblem> problems) {
        if (!Referrals.present(text)) {
            problems.add(new FieldProblem("providedOn", "validation.required"));
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(text.strip());
            if (date.isAfter(LocalDate.now(clock.withZone(zone)))) {
                problems.add(new FieldProblem("providedOn", "cases.date.future"));
            }
            return date;
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem("providedOn", "validation.invalidValue"));
            return null;
        }
    }
}
