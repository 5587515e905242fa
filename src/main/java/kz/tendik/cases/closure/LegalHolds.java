package kz.tendik.cases.closure;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import kz.tendik.cases.access.CaseAccess;
import kz.tendik.cases.casefile.CaseEventType;
import kz.tendik.cases.closure.Closures.Step;
import kz.tendik.cases.file.Timeline;
import kz.tendik.cases.support.CaseRuleException;
import kz.tendik.cases.support.CasesAudit;
import kz.tendik.identity.Action;
import kz.tendik.identity.CurrentUser;
import kz.tendik.shared.web.UserInputException.FieldProblem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The legal hold of a case, placed and lifted by the centre's manager (a court case, an inquiry): while it is on,
 * retention purges nothing of the case. Open or closed alike; the reason is encrypted; both steps are versioned,
 * on the timeline and audited.
 */
@Service
public class LegalHolds {

    private final ClosureStore store;
    private final CaseAccess access;
    private final CasesAudit audit;
    private final Timeline timeline;
    private final Closures closures;
    private final Clock clock;

    LegalHolds(ClosureStore store, CaseAccess access, CasesAudit audit, Timeline timeline,
               Closures closures, Clock clock) {
        this.store = store;
        this.access = access;
        this.audit = audit;
        this.timeline = timeline;
        this.closures = closures;
        this.clock = clock;
    }

    @Transactional
    public ClosureState place(CurrentUser user, long caseId, Step step) {
        access.closureStep(user, Action.CASE_LEGAL_HOLD, caseId, "case.legal-hold.place");
        List<FieldProblem> problems = Closures.stepProblems(step, true);
        if (store.currentHold(caseId).isPresent()) {
            problems.add(0, new FieldProblem(null, "cases.legalHold.already"));
            throw new CaseRuleException(problems);
        }
        Closures.refuse(problems, false);
        Instant now = store.touch(caseId, step.version(), clock.instant());
        long id = store.placeHold(caseId, step.reason().strip(), user.id(), now);
        timeline.record(caseId, CaseEventType.LEGAL_HOLD_PLACED, now, user.id(), id);
        audit.success(user, "case.legal-hold.place", "case", caseId);
        return closures.stateOf(caseId);
    }

    @Transactional
    public ClosureState lift(CurrentUser user, long caseId, Integer version) {
        access.closureStep(user, Action.CASE_LEGAL_HOLD, caseId, "case.legal-hold.lift");
        List<FieldProblem> problems = Closures.stepProblems(new Step(version, null), false);
        ClosureState.Hold hold = store.currentHold(caseId).orElse(null);
        if (hold == null) {
            problems.add(0, new FieldProblem(null, "cases.legalHold.none"));
            throw new CaseRuleException(problems);
        }
        Closures.refuse(problems, false);
        Instant now = store.touch(caseId, version, clock.instant());
        store.liftHold(hold.id(), caseId, user.id(), now);
        timeline.record(caseId, CaseEventType.LEGAL_HOLD_LIFTED, now, user.id(), hold.id());
        audit.success(user, "case.legal-hold.lift", "case", caseId);
        return closures.stateOf(caseId);
    }
}
