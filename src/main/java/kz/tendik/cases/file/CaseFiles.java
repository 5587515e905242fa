package kz.tendik.cases.file;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import kz.tendik.cases.access.CaseAccess;
import kz.tendik.cases.casefile.CaseEventType;
import kz.tendik.cases.casefile.CaseNumber;
import kz.tendik.cases.casefile.CaseStage;
import kz.tendik.cases.casefile.FamilyCategory;
import kz.tendik.cases.support.CasesAudit;
import kz.tendik.cases.support.Idempotency;
import kz.tendik.cases.support.Staff;
import kz.tendik.directory.Centres;
import kz.tendik.identity.Action;
import kz.tendik.identity.CurrentUser;
import kz.tendik.identity.Role;
import kz.tendik.shared.web.NotFoundException;
import kz.tendik.shared.web.UserInputException;
import kz.tendik.shared.web.UserInputException.FieldProblem;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Opening, reading, listing and changing case files; every method asks {@link CaseAccess} first. */
@Service
public class CaseFiles {

    private final CaseStore cases;
    private final CaseAccess access;
    private final CasesAudit audit;
    private final Idempotency idempotency;
    private final Timeline timeline;
    private final Staff staff;
    private final Centres centres;
    private final Clock clock;
    private final ZoneId zone;

    CaseFiles(CaseStore cases, CaseAccess access, CasesAudit audit, Idempotency idempotency,
              Timeline timeline, Staff staff, Centres centres, Clock clock,
              @Value("${tendik.time-zone:Asia/Almaty}") ZoneId zone) {
        this.cases = cases;
        this.access = access;
        this.audit = audit;
        this.idempotency = idempotency;
        this.timeline = timeline;
        this.staff = staff;
        this.centres = centres;
        this.clock = clock;
        this.zone = zone;
    }

    /** What opening a case needs: the survivor, optionally caseworkers (a caseworker opening it is the lead). */
    public record Opening(Long survivorId, List<Long> caseworkerIds, FamilyCategory familyCategory) {
    }

    /** A change of the case: the version it is based on, the family category, optionally new caseworkers. */
    public record Change(Integer version, FamilyCategory familyCategory, List<Long> caseworkerIds) {
    }

    /** A case as its pages and the API show it (the survivor's profile is read separately, audited). */
    public record CaseView(long id, String caseNumber, long survivorId, long centreId, FamilyCategory familyCategory,
                           CaseStage stage, Instant openedAt, int version, List<Staff.Member> caseworkers,
                           String reach) {
    }

    @Transactional
    public Idempotency.Outcome open(CurrentUser user, Opening opening, String idempotencyKey) {
        access.require(user, Action.CASE_WRITE);
        long centre = access.centreOf(user);
        return idempotency.once(user, "case.open", idempotencyKey, opening, () -> {
            List<FieldProblem> problems = new ArrayList<>();
            if (opening.survivorId() == null) {
                problems.add(new FieldProblem("survivorId", "validation.required"));
            } else if (!access.survivorInScope(user, opening.survivorId())) {
                problems.add(new FieldProblem("survivorId", "cases.survivor.unknown"));
            } else if (!access.mayOpenCaseFor(user, opening.survivorId())) {
                problems.add(new FieldProblem("survivorId", "cases.survivor.colleaguesCase"));
            }
            List<Long> caseworkers = caseworkers(user, centre, opening.caseworkerIds(), List.of(), problems);
            if (user.role() == Role.CASEWORKER && !caseworkers.contains(user.id())) {
                caseworkers.add(0, user.id()); // whoever opens a case keeps it
            }
            if (!problems.isEmpty()) {
                throw new UserInputException(problems);
            }
            Instant now = clock.instant();
            String region = centres.find(centre).orElseThrow().regionCode();
            int year = now.atZone(zone).getYear();
            String number = new CaseNumber(region, centre, year, cases.nextSequence(centre, year)).toString();
            long id = cases.insert(number, opening.survivorId(), centre, opening.familyCategory(), user.id(), now);
            cases.assign(id, caseworkers, now);
            timeline.record(id, CaseEventType.CASE_OPENED, now, user.id(), null);
            audit.success(user, "case.open", "case", id);
            return id;
        });
    }

    /** The case, audited as {@code case.read}. */
    @Transactional
    public CaseView read(CurrentUser user, long caseId) {
        CaseAccess.Grant grant = access.read(user, caseId);
        return view(caseId, grant);
    }

    @Transactional
    public CaseView update(CurrentUser user, long caseId, Change change) {
        CaseAccess.Grant grant = access.write(user, caseId, "case.update");
        CaseRow before = cases.find(caseId).orElseThrow(NotFoundException::new);
        List<FieldProblem> problems = new ArrayList<>();
        if (change.version() == null) {
            problems.add(new FieldProblem("version", "validation.required"));
        }
        List<Long> caseworkers = change.caseworkerIds() == null ? null
                : caseworkers(user, before.centreId(), change.caseworkerIds(), cases.assigned(caseId), problems);
        if (caseworkers != null && caseworkers.isEmpty()) {
            problems.add(new FieldProblem("caseworkerIds", "validation.required"));
        }
        if (!problems.isEmpty()) {
            throw new UserInputException(problems);
        }
        Instant now = clock.instant();
        if (!cases.update(caseId, change.version(), change.familyCategory(), now)) {
            throw new StaleVersionException(before.version());
        }
        timeline.record(caseId, CaseEventType.CASE_UPDATED, now, user.id(), null);
        if (change.familyCategory() != before.familyCategory()) {
            timeline.record(caseId, CaseEventType.CATEGORY_CHANGED, now, user.id(), null);
            if (change.familyCategory() != null && change.familyCategory().restartsHelpPlanFrom(before.familyCategory())) {
                timeline.record(caseId, CaseEventType.HELP_PLAN_RESTART_NEEDED, now, user.id(), null);
            }
        }
        if (caseworkers != null && !caseworkers.equals(cases.assigned(caseId))) {
            cases.assign(caseId, caseworkers, now);
            timeline.record(caseId, CaseEventType.CASEWORKERS_CHANGED, now, user.id(), null);
        }
        audit.success(user, "case.update", "case", caseId, grant.purpose());
        return view(caseId, grant);
    }

    /** The case with this number, if the user reaches it (for the break-glass form and lookups). */
    public java.util.Optional<Long> idOfNumber(String caseNumber) {
        return CaseNumber.isWellFormed(caseNumber)
                ? cases.idOfNumber(CaseNumber.parse(caseNumber).toString()) : java.util.Optional.empty();
    }

    public CaseView view(long caseId, CaseAccess.Grant grant) {
        CaseRow row = cases.find(caseId).orElseThrow(NotFoundException::new);
        List<Long> assigned = cases.assigned(caseId);
        Map<Long, String> names = staff.names(assigned);
        return new CaseView(row.id(), row.caseNumber(), row.survivorId(), row.centreId(), row.familyCategory(),
                row.stage(), row.openedAt(), row.version(),
                assigned.stream().map(id -> new Staff.Member(id, names.get(id))).toList(), grant.reach().name());
    }

    /**
     * The caseworkers asked for, each checked: a caseworker of the case's centre; and when a supervisor assigns, one of
     * her team unless already on the case (she hands cases within her team; the centre manager moves them between
     * teams, so that a supervisor never sends a case out of her own reach by mistake; decision 0026).
     */
    private List<Long> caseworkers(CurrentUser user, long centre, List<Long> requested, List<Long> current,
                                   List<FieldProblem> problems) {
        LinkedHashSet<Long> ids = new LinkedHashSet<>();
        java.util.Set<Long> team = access.team(user);
        if (user.role() == Role.CASEWORKER && requested == null) {
            ids.add(user.id());
        }
        if (requested != null) {
            for (int i = 0; i < requested.size(); i++) {
                Long id = requested.get(i);
                if (id == null || !staff.isCaseworkerOf(id, centre)) {
                    problems.add(new FieldProblem("caseworkerIds[" + i + "]", "cases.case.notACaseworker"));
                } else if (user.role() == Role.SUPERVISOR && !team.contains(id) && !current.contains(id)) {
                    problems.add(new FieldProblem("caseworkerIds[" + i + "]", "cases.case.notInTeam"));
                } else {
                    ids.add(id);
                }
            }
        }
        return new ArrayList<>(ids);
    }
}
