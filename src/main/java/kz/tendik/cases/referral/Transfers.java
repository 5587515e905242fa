package kz.tendik.cases.referral;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import kz.tendik.cases.access.CaseAccess;
import kz.tendik.cases.casefile.CaseEventType;
import kz.tendik.cases.casefile.ConsentPurpose;
import kz.tendik.cases.file.StaleVersionException;
import kz.tendik.cases.file.Timeline;
import kz.tendik.cases.support.CasesAudit;
import kz.tendik.directory.Centre;
import kz.tendik.directory.Centres;
import kz.tendik.identity.CurrentUser;
import kz.tendik.shared.web.UserInputException;
import kz.tendik.shared.web.UserInputException.FieldProblem;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Transfer of a case to another centre, only with the survivor's current consent to transfer. The case then belongs
 * to the receiving centre: its assignments are removed (the receiving centre's manager or supervisor assigns its
 * caseworkers), so nobody at the sending centre reaches it any more; the survivor's registration moves too unless
 * she has another case at the sending centre. Audited as {@code case.transfer}, on the timeline.
 */
@Service
public class Transfers {

    private final JdbcClient jdbc;
    private final CaseAccess access;
    private final CasesAudit audit;
    private final Timeline timeline;
    private final Centres centres;
    private final CaseConsents consents;
    private final Clock clock;

    Transfers(JdbcClient jdbc, CaseAccess access, CasesAudit audit, Timeline timeline, Centres centres,
              CaseConsents consents, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.audit = audit;
        this.timeline = timeline;
        this.centres = centres;
        this.consents = consents;
        this.clock = clock;
    }

    /** To which centre, based on the case's version as read. */
    public record TransferDraft(Long centreId, Integer version) {
    }

    public record TransferView(long id, long caseId, long fromCentreId, long toCentreId, Instant transferredAt) {
    }

    @Transactional
    public TransferView transfer(CurrentUser user, long caseId, TransferDraft draft) {
        CaseAccess.Grant grant = access.write(user, caseId, "case.transfer");
        int version = jdbc.sql("SELECT version FROM case_file WHERE id = ?").param(caseId).query(Integer.class).single();
        List<FieldProblem> problems = new ArrayList<>();
        if (draft.version() == null) {
            problems.add(new FieldProblem("version", "validation.required"));
        } else if (draft.version() != version) {
            throw new StaleVersionException(version);
        }
        Centre to = null;
        if (draft.centreId() == null) {
            problems.add(new FieldProblem("centreId", "validation.required"));
        } else {
            to = centres.find(draft.centreId()).orElse(null);
            if (to == null) {
                problems.add(new FieldProblem("centreId", "cases.transfer.centreUnknown"));
            } else if (!to.active()) {
                problems.add(new FieldProblem("centreId", "cases.transfer.centreInactive"));
            } else if (to.id() == grant.centreId()) {
                problems.add(new FieldProblem("centreId", "cases.transfer.sameCentre"));
            }
        }
        if (!problems.isEmpty()) {
            throw new UserInputException(problems);
        }
        Optional<Long> consent = consents.current(caseId, ConsentPurpose.TRANSFER, null);
        if (consent.isEmpty()) {
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
        jdbc.sql("DELETE FROM case_assignment WHERE case_id = ?").param(caseId).update();
        jdbc.sql("""
                UPDATE survivor s SET centre_id = ?, updated_at = ? FROM case_file c
                WHERE c.id = ? AND s.id = c.survivor_id AND s.centre_id = ?
                  AND NOT EXISTS (SELECT 1 FROM case_file o WHERE o.survivor_id = s.id AND o.centre_id = ?)""")
                .params(to.id(), Timestamp.from(now), caseId, from, from).update();
        long id = jdbc.sql("""
                INSERT INTO case_transfer (case_id, from_centre_id, to_centre_id, consent_id, transferred_by, transferred_at)
                VALUES (?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(caseId, from, to.id(), consent.get(), user.id(), Timestamp.from(now)).query(Long.class).single();
        timeline.record(caseId, CaseEventType.CASE_TRANSFERRED, now, user.id(), id);
        audit.success(user, "case.transfer", "case", caseId,
                grant.purpose() == null ? "transfer:" + id : grant.purpose() + ";transfer:" + id);
        return new TransferView(id, caseId, from, to.id(), now);
    }

    /** The centres a case can be transferred to: every active one but its own. */
    public List<Centre> destinations(long fromCentreId) {
        return centres.allActive().stream().filter(c -> c.id() != fromCentreId).toList();
    }
}
