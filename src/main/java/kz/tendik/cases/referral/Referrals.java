package kz.tendik.cases.referral;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import kz.tendik.cases.ReferralMade;
import kz.tendik.cases.access.CaseAccess;
import kz.tendik.cases.casefile.CaseEventType;
import kz.tendik.cases.casefile.ConsentPurpose;
import kz.tendik.cases.casefile.ReferralPurpose;
import kz.tendik.cases.file.StaleVersionException;
import kz.tendik.cases.file.Timeline;
import kz.tendik.cases.support.CasesAudit;
import kz.tendik.cases.support.Idempotency;
import kz.tendik.directory.Centres;
import kz.tendik.directory.ServiceProvider;
import kz.tendik.directory.ServiceProviders;
import kz.tendik.identity.Action;
import kz.tendik.identity.CurrentUser;
import kz.tendik.shared.crypto.FieldCipher;
import kz.tendik.shared.web.NotFoundException;
import kz.tendik.shared.web.UserInputException;
import kz.tendik.shared.web.UserInputException.FieldProblem;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Referrals of a case to providers of the directory. A referral needs the survivor's current consent for the
 * service the provider gives ({@link ProviderServices}); without it only a user with
 * {@link Action#CASE_CONSENT_OVERRIDE} may refer, with a reason code (audited as code only). Status changes follow
 * {@link ReferralStatus}, with the version read (409 when stale). Every change goes on the timeline and to the audit
 * log ({@code referral.create}, {@code referral.consent-override}, {@code referral.status}, {@code referral.read}).
 */
@Service
public class Referrals {

    private final JdbcClient jdbc;
    private final CaseAccess access;
    private final CasesAudit audit;
    private final Idempotency idempotency;
    private final Timeline timeline;
    private final FieldCipher cipher;
    private final ServiceProviders providers;
    private final Centres centres;
    private final CaseConsents consents;
    private final CasePlanCounts plan;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ZoneId zone;

    Referrals(JdbcClient jdbc, CaseAccess access, CasesAudit audit, Idempotency idempotency, Timeline timeline,
              FieldCipher cipher, ServiceProviders providers, Centres centres, CaseConsents consents,
              CasePlanCounts plan, ApplicationEventPublisher events, Clock clock,
              @Value("${tendik.time-zone:Asia/Almaty}") ZoneId zone) {
        this.jdbc = jdbc;
        this.access = access;
        this.audit = audit;
        this.idempotency = idempotency;
        this.timeline = timeline;
        this.cipher = cipher;
        this.providers = providers;
        this.centres = centres;
        this.consents = consents;
        this.plan = plan;
        this.events = events;
        this.clock = clock;
        this.zone = zone;
    }

    @Transactional
    public Idempotency.Outcome create(CurrentUser user, long caseId, ReferralDraft draft, String key) {
        CaseAccess.Grant grant = access.write(user, caseId, "referral.create");
        boolean overriding = present(draft.overrideReason());
        if (overriding) {
            access.require(user, Action.CASE_CONSENT_OVERRIDE); // 403 for a role without the permission
        }
        return idempotency.once(user, "referral.create:" + caseId, key, draft, () -> {
            List<FieldProblem> problems = new ArrayList<>();
            ServiceProvider provider = null;
            if (draft.providerId() == null) {
                problems.add(new FieldProblem("providerId", "validation.required"));
            } else {
                provider = providers.find(draft.providerId()).orElse(null);
                if (provider == null) {
                    problems.add(new FieldProblem("providerId", "cases.referral.providerUnknown"));
                } else if (!provider.active()) {
                    problems.add(new FieldProblem("providerId", "cases.referral.providerInactive"));
                }
            }
            ReferralPurpose service = provider == null ? null : ProviderServices.serviceOf(provider.kind());
            Optional<Long> consent = service == null ? Optional.empty()
                    : consents.current(caseId, ConsentPurpose.REFERRAL, service);
            ConsentOverride override = ConsentOverride.of(ConsentOverride.Act.REFERRAL, draft.overrideReason(),
                    draft.overrideNote(), consent.isPresent(), problems);
            if (!problems.isEmpty()) {
                throw new UserInputException(problems);
            }
            if (consent.isEmpty() && override == null) {
                throw new ConsentRequiredException("providerId", "cases.referral.consentRequired", service.messageKey());
            }
            OverrideReason reason = override == null ? null : override.reason();
            String note = override == null ? null : override.note();
            return insert(user, grant, caseId, provider, service, consent.orElse(null), reason, note,
                    Boolean.TRUE.equals(draft.shareFullName()));
        });
    }

    private long insert(CurrentUser user, CaseAccess.Grant grant, long caseId, ServiceProvider provider,
                        ReferralPurpose service, Long consentId, OverrideReason reason, String note, boolean shareName) {
        Instant now = clock.instant();
        long id = jdbc.sql("SELECT nextval(pg_get_serial_sequence('referral', 'id'))").query(Long.class).single();
        jdbc.sql("""
                INSERT INTO referral (id, case_id, provider_id, service, status, share_full_name, consent_id,
                    override_reason, override_note, override_by, created_by, created_at, updated_at)
                VALUES (?, ?, ?, ?, 'IN_PROGRESS', ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, caseId, provider.id(), service.name(), shareName, consentId,
                        reason == null ? null : reason.name(),
                        note == null ? null : cipher.encrypt(note, ReferralColumns.OVERRIDE_NOTE.associatedData(id)),
                        reason == null ? null : user.id(), user.id(), Timestamp.from(now), Timestamp.from(now))
                .update();
        plan.referralMade(caseId, now);
        timeline.record(caseId, CaseEventType.REFERRAL_MADE, now, user.id(), id);
        audit.success(user, "referral.create", "referral", id, grant.purpose());
        if (reason != null) {
            timeline.record(caseId, CaseEventType.REFERRAL_CONSENT_OVERRIDDEN, now, user.id(), id);
            audit.success(user, "referral.consent-override", "referral", id, "override:" + reason.name());
        }
        String region = centres.find(grant.centreId()).map(c -> c.regionCode()).orElse(null);
        events.publishEvent(new ReferralMade(service.name(), region, YearMonth.from(now.atZone(zone))));
        return id;
    }

    @Transactional
    public ReferralView changeStatus(CurrentUser user, long caseId, long referralId, StatusChange change) {
        CaseAccess.Grant grant = access.write(user, caseId, "referral.status");
        ReferralView before = find(caseId, referralId).orElseThrow(NotFoundException::new);
        List<FieldProblem> problems = new ArrayList<>();
        if (change.version() == null) {
            problems.add(new FieldProblem("version", "validation.required"));
        } else if (change.version() != before.version()) {
            throw new StaleVersionException(before.version());
        }
        ReferralStatus next = null;
        if (!present(change.status())) {
            problems.add(new FieldProblem("status", "validation.required"));
        } else {
            try {
                next = ReferralStatus.valueOf(change.status().strip());
            } catch (IllegalArgumentException e) {
                problems.add(new FieldProblem("status", "validation.invalidValue"));
            }
        }
        if (next != null && !before.status().canBecome(next)) {
            problems.add(new FieldProblem("status", "cases.referral.transitionInvalid",
                    new org.springframework.context.support.DefaultMessageSourceResolvable(before.status().messageKey()),
                    new org.springframework.context.support.DefaultMessageSourceResolvable(next.messageKey())));
        }
        boolean answer = next != null && next.isProviderAnswer();
        LocalDate answeredOn = answerDate(change.answeredOn(), answer, before, problems);
        String answeredBy = present(change.answeredBy()) ? change.answeredBy().strip() : null;
        String note = present(change.note()) ? change.note().strip() : null;
        if (answer && answeredBy == null) {
            problems.add(new FieldProblem("answeredBy", "validation.required"));
        } else if (answeredBy != null && answeredBy.length() > StatusChange.MAX_ANSWERED_BY) {
            problems.add(new FieldProblem("answeredBy", "validation.tooLong"));
        }
        if (note != null && note.length() > StatusChange.MAX_NOTE) {
            problems.add(new FieldProblem("note", "validation.tooLong"));
        }
        if (next != null && !answer) {
            for (String field : answerFieldsGiven(change)) {
                problems.add(new FieldProblem(field, "cases.referral.answerOnly"));
            }
        }
        if (!problems.isEmpty()) {
            throw new UserInputException(problems);
        }
        Instant now = clock.instant();
        int updated = answer
                ? jdbc.sql("""
                        UPDATE referral SET status = ?, answered_on = ?, answered_by = ?, answer_note = ?, updated_at = ?,
                               version = version + 1 WHERE id = ? AND case_id = ? AND version = ?""")
                        .params(next.name(), answeredOn, answeredBy,
                                note == null ? null : cipher.encrypt(note, ReferralColumns.ANSWER_NOTE.associatedData(referralId)),
                                Timestamp.from(now), referralId, caseId, change.version()).update()
                : jdbc.sql("""
                        UPDATE referral SET status = ?, updated_at = ?, version = version + 1
                        WHERE id = ? AND case_id = ? AND version = ?""")
                        .params(next.name(), Timestamp.from(now), referralId, caseId, change.version()).update();
        if (updated == 0) {
            throw new StaleVersionException(find(caseId, referralId).map(ReferralView::version).orElse(before.version()));
        }
        if (next.settlesService()) {
            plan.referralSettled(caseId, now);
        } else {
            plan.activity(caseId, now);
        }
        timeline.record(caseId, CaseEventType.REFERRAL_STATUS_CHANGED, now, user.id(), referralId);
        audit.success(user, "referral.status", "referral", referralId, grant.purpose());
        return find(caseId, referralId).orElseThrow();
    }

    @Transactional
    public List<ReferralView> list(CurrentUser user, long caseId) {
        CaseAccess.Grant grant = access.read(user, caseId);
        audit.read(user, "referral.read", "case", caseId, grant.purpose());
        return referralsOf(caseId);
    }

    @Transactional
    public ReferralView read(CurrentUser user, long caseId, long referralId) {
        CaseAccess.Grant grant = access.read(user, caseId);
        ReferralView view = find(caseId, referralId).orElseThrow(NotFoundException::new);
        audit.read(user, "referral.read", "referral", referralId, grant.purpose());
        return view;
    }

    /** For a page whose caller has checked and audited the read of the case; newest first. */
    public List<ReferralView> referralsOf(long caseId) {
        return query("r.case_id = ?", caseId);
    }

    Optional<ReferralView> find(long caseId, long referralId) {
        return query("r.case_id = ? AND r.id = ?", caseId, referralId).stream().findFirst();
    }

    private List<ReferralView> query(String where, Object... params) {
        List<Row> rows = jdbc.sql("""
                SELECT r.id, r.case_id, r.provider_id, r.service, r.status, r.share_full_name, r.consent_id, c.given_on,
                       r.override_reason, r.override_note, o.display_name, r.answered_on, r.answered_by, r.answer_note,
                       u.display_name, r.created_at, r.version
                FROM referral r JOIN app_user u ON u.id = r.created_by
                LEFT JOIN consent c ON c.id = r.consent_id LEFT JOIN app_user o ON o.id = r.override_by
                WHERE\s""" + where + " ORDER BY r.created_at DESC, r.id DESC").params(params)
                .query((rs, n) -> new Row(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4),
                        rs.getString(5), rs.getBoolean(6), rs.getObject(7, Long.class), rs.getObject(8, LocalDate.class),
                        rs.getString(9), rs.getBytes(10), rs.getString(11), rs.getObject(12, LocalDate.class),
                        rs.getString(13), rs.getBytes(14), rs.getString(15), rs.getTimestamp(16).toInstant(),
                        rs.getInt(17)))
                .list();
        Map<Long, ServiceProvider> byId = new java.util.HashMap<>();
        return rows.stream().map(r -> {
            ReferralStatus status = ReferralStatus.valueOf(r.status());
            ServiceProvider provider = byId.computeIfAbsent(r.providerId(), id -> providers.find(id).orElseThrow());
            return new ReferralView(r.id(), r.caseId(), provider, ReferralPurpose.valueOf(r.service()), status,
                    status.successors(), r.shareFullName(), r.consentId(), r.consentDate(),
                    r.overrideReason() == null ? null : OverrideReason.valueOf(r.overrideReason()),
                    r.overrideNote() == null ? null
                            : cipher.decrypt(r.overrideNote(), ReferralColumns.OVERRIDE_NOTE.associatedData(r.id())),
                    r.overrideBy(), r.answeredOn(), r.answeredBy(),
                    r.answerNote() == null ? null
                            : cipher.decrypt(r.answerNote(), ReferralColumns.ANSWER_NOTE.associatedData(r.id())),
                    r.createdBy(), r.createdAt(), r.version());
        }).toList();
    }

    private record Row(long id, long caseId, long providerId, String service, String status, boolean shareFullName,
                       Long consentId, LocalDate consentDate, String overrideReason, byte[] overrideNote,
                       String overrideBy, LocalDate answeredOn, String answeredBy, byte[] answerNote, String createdBy,
                       Instant createdAt, int version) {
    }

    private LocalDate answerDate(String text, boolean required, ReferralView before, List<FieldProblem> problems) {
        if (!present(text)) {
            if (required) {
                problems.add(new FieldProblem("answeredOn", "validation.required"));
            }
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(text.strip());
            if (date.isAfter(LocalDate.now(clock.withZone(zone)))) {
                problems.add(new FieldProblem("answeredOn", "cases.date.future"));
            } else if (date.isBefore(LocalDate.ofInstant(before.createdAt(), zone))) {
                problems.add(new FieldProblem("answeredOn", "cases.referral.answerBeforeReferral"));
            }
            return date;
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem("answeredOn", "validation.invalidValue"));
            return null;
        }
    }

    private static List<String> answerFieldsGiven(StatusChange change) {
        List<String> fields = new ArrayList<>();
        if (present(change.answeredOn())) {
            fields.add("answeredOn");
        }
        if (present(change.answeredBy())) {
            fields.add("answeredBy");
        }
        if (present(change.note())) {
            fields.add("note");
        }
        return fields;
    }

    static boolean present(String text) {
        return text != null && !text.isBlank();
    }
}
