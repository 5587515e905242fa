package kz.tendik.cases.referral;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import kz.tendik.cases.access.CaseAccess;
import kz.tendik.cases.casefile.CaseEventType;
import kz.tendik.cases.casefile.ConsentPurpose;
import kz.tendik.cases.file.StaleVersionException;
import kz.tendik.cases.file.Timeline;
import kz.tendik.cases.support.CasesAudit;
import kz.tendik.cases.support.Idempotency;
import kz.tendik.directory.Centre;
import kz.tendik.directory.Centres;
import kz.tendik.identity.Action;
import kz.tendik.identity.CurrentUser;
import kz.tendik.shared.crypto.FieldCipher;
import kz.tendik.shared.web.UserInputException;
import kz.tendik.shared.web.UserInputException.FieldProblem;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Transfer of a case to another centre, only with the survivor's current consent to transfer — or, without it, by a
 * user with {@link Action#CASE_CONSENT_OVERRIDE} who gives a reason code (audited as the code only, on the timeline,
 * an optional explanation kept encrypted), as for referrals. The case then belongs to the receiving centre: its
 * assignments are removed (the receiving centre's manager or supervisor assigns its caseworkers), so nobody at the
 * sending centre reaches it any more; the survivor's registration moves too unless she has another case at the
 * sending centre. Audited as {@code case.transfer}, on the timeline. With an {@code Idempotency-Key}, a retry by the
 * same user gets the transfer first made, although she no longer reaches the case.
 */
@Service
public class Transfers {

    private final JdbcClient jdbc;
    private final CaseAccess access;
    private final CasesAudit audit;
    private final Timeline timeline;
    private final Centres centres;
    private final CaseConsents consents;
    private final Idempotency idempotency;
    private final FieldCipher cipher;
    private final Clock clock;

    Transfers(JdbcClient jdbc, CaseAccess access, CasesAudit audit, Timeline timeline, Centres centres,
              CaseConsents consents, Idempotency idempotency, FieldCipher cipher, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.audit = audit;
        this.timeline = timeline;
        this.centres = centres;
        this.consents = consents;
        this.idempotency = idempotency;
        this.cipher = cipher;
        this.clock = clock;
    }

    /**
     * To which centre, based on the case's version as read; {@code overrideReason} (an {@link OverrideReason} code)
     * and its optional {@code overrideNote} transfer without the survivor's recorded consent.
     */
    public record TransferDraft(Long centreId, Integer version, String overrideReason, String overrideNote) {

        public TransferDraft(Long centreId, Integer version) {
            this(centreId, version, null, null);
        }
    }

    /** A transfer made; {@code overrideReason} when it was made without recorded consent. */
    public record TransferView(long id, long caseId, long fromCentreId, long toCentreId, Instant transferredAt,
                               OverrideReason overrideReason) {
    }

    /** The transfer, and whether a retry with the same key got it ({@code repeated}: nothing was done again). */
    public record Done(TransferView transfer, boolean repeated) {
    }

    @Transactional
    public Done transfer(CurrentUser user, long caseId, TransferDraft draft, String key) {
        String operation = "case.transfer:" + caseId;
        Optional<Long> made = idempotency.previous(user, operation, key, draft);
        if (made.isPresent()) { // asked before the access check: the case is no longer hers to reach
            return new Done(view(made.get()), true);
        }
        CaseAccess.Grant grant = access.write(user, caseId, "case.transfer");
        if (Referrals.present(draft.overrideReason())) {
            access.require(user, Action.CASE_CONSENT_OVERRIDE); // 403 for a role without the permission
        }
        Idempotency.Outcome outcome = idempotency.once(user, operation, key, draft,
                () -> move(user, grant, caseId, draft));
        return new Done(view(outcome.id()), outcome.repeated());
    }

    private long move(CurrentUser user, CaseAccess.Grant grant, long caseId, TransferDraft draft) {
        int version = jdbc.sql("SELECT version FROM case_file WHERE id = ?").param(caseId).query(Integer.class).single();
        List<FieldProblem> problems = new ArrayList<>();
        if (draft.version() == null) {
            problems.add(new FieldProblem("version", "validation.required"));
        } else if (draft.version() != version) {
            throw new StaleVersionException(version);
        }
        Centre to = destination(draft.centreId(), grant.centreId(), problems);
        Optional<Long> consent = consents.current(caseId, ConsentPurpose.TRANSFER, null);
        ConsentOverride override = ConsentOverride.of(ConsentOverride.Act.TRANSFER, draft.overrideReason(),
                draft.overrideNote(), consent.isPresent(), problems);
        if (!problems.isEmpty()) {
            throw new UserInputException(problems);
        }
        if (consent.isEmpty() && override == null) {
            throw new ConsentRequiredException("centreId", "cases.transfer.consentRequired",
                    ConsentPurpose.TRANSFER.messageKey());
        }
        Instant now = clock.instant();
        long from = grant.centreId();
        if (jdbc.sql("""
                UPDATE case_file SET centre_id = ?, version = version + 1, updated_at = ? WHERE id = ? AND version = ?""")
                .params(to.id(), Timestamp.from(now), caseId, draft.version()).update() == 0) {
            throw new StaleVersionException(version);
        }
        CaseAccess.reachChanged();
        jdbc.sql("DELETE FROM case_assignment WHERE case_id = ?").param(caseId).update();
        jdbc.sql("""
                UPDATE survivor s SET centre_id = ?, updated_at = ? FROM case_file c
                WHERE c.id = ? AND s.id = c.survivor_id AND s.centre_id = ?
                  AND NOT EXISTS (SELECT 1 FROM case_file o WHERE o.survivor_id = s.id AND o.centre_id = ?)""")
                .params(to.id(), Timestamp.from(now), caseId, from, from).update();
        long id = jdbc.sql("SELECT nextval(pg_get_serial_sequence('case_transfer', 'id'))").query(Long.class).single();
        jdbc.sql("""
                INSERT INTO case_transfer (id, case_id, from_centre_id, to_centre_id, consent_id, override_reason,
                                           override_note, override_by, transferred_by, transferred_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, caseId, from, to.id(), consent.orElse(null),
                        override == null ? null : override.reason().name(),
                        override == null || override.note() == null ? null
                                : cipher.encrypt(override.note(), ReferralColumns.TRANSFER_OVERRIDE_NOTE.associatedData(id)),
                        override == null ? null : user.id(), user.id(), Timestamp.from(now)).update();
        timeline.record(caseId, CaseEventType.CASE_TRANSFERRED, now, user.id(), id);
        audit.success(user, "case.transfer", "case", caseId,
                grant.purpose() == null ? "transfer:" + id : grant.purpose() + ";transfer:" + id);
        if (override != null) {
            timeline.record(caseId, CaseEventType.TRANSFER_CONSENT_OVERRIDDEN, now, user.id(), id);
            audit.success(user, "case.transfer.consent-override", "case", caseId,
                    "override:" + override.reason().name() + ";transfer:" + id);
        }
        return id;
    }

    private Centre destination(Long centreId, long ownCentre, List<FieldProblem> problems) {
        if (centreId == null) {
            problems.add(new FieldProblem("centreId", "validation.required"));
            return null;
        }
        Centre to = centres.find(centreId).orElse(null);
        if (to == null) {
            problems.add(new FieldProblem("centreId", "cases.transfer.centreUnknown"));
        } else if (!to.active()) {
            problems.add(new FieldProblem("centreId", "cases.transfer.centreInactive"));
        } else if (to.id() == ownCentre) {
            problems.add(new FieldProblem("centreId", "cases.transfer.sameCentre"));
        }
        return to;
    }

    private TransferView view(long id) {
        return jdbc.sql("""
                SELECT id, case_id, from_centre_id, to_centre_id, transferred_at, override_reason
                FROM case_transfer WHERE id = ?""").param(id)
                .query((rs, n) -> new TransferView(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
                        rs.getTimestamp(5).toInstant(),
                        rs.getString(6) == null ? null : OverrideReason.valueOf(rs.getString(6))))
                .single();
    }

    /**
     * The reasons of the case's transfers made without recorded consent, by transfer id (the timeline's event names
     * the transfer), for the case page whose caller checked and audited the read.
     */
    public Map<Long, OverrideReason> overridesOf(long caseId) {
        return jdbc.sql("SELECT id, override_reason FROM case_transfer WHERE case_id = ? AND override_reason IS NOT NULL")
                .param(caseId).query((rs, n) -> Map.entry(rs.getLong(1), OverrideReason.valueOf(rs.getString(2))))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** The centres a case can be transferred to: every active one but its own. */
    public List<Centre> destinations(long fromCentreId) {
        return centres.allActive().stream().filter(c -> c.id() != fromCentreId).toList();
    }
}
