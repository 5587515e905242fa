package kz.tendik.cases.closure;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import kz.tendik.cases.CaseClosed;
import kz.tendik.cases.CaseReopened;
import kz.tendik.cases.access.CaseAccess;
import kz.tendik.cases.casefile.CaseEventType;
import kz.tendik.cases.casefile.CaseFacts;
import kz.tendik.cases.casefile.ClosureChecklist;
import kz.tendik.cases.casefile.ClosureItem;
import kz.tendik.cases.casefile.ClosureReason;
import kz.tendik.cases.casefile.RetentionPlan;
import kz.tendik.cases.casefile.SurvivorWish;
import kz.tendik.cases.closure.ClosureState.Request;
import kz.tendik.cases.closure.ClosureState.Status;
import kz.tendik.cases.file.CaseRow;
import kz.tendik.cases.file.CaseStore;
import kz.tendik.cases.file.Timeline;
import kz.tendik.cases.retention.RetentionSettings;
import kz.tendik.cases.support.CaseRuleException;
import kz.tendik.cases.support.CasesAudit;
import kz.tendik.cases.support.Idempotency;
import kz.tendik.identity.Action;
import kz.tendik.identity.CurrentUser;
import kz.tendik.shared.web.NotFoundException;
import kz.tendik.shared.web.UserInputException;
import kz.tendik.shared.web.UserInputException.FieldProblem;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Closing a case: a caseworker asks with the checklist (refused with every missing item named), a supervisor or the
 * centre manager — never the one who asked — approves (the case is closed and read-only) or returns it with a reason;
 * a closed case is reopened with a reason. Each step is based on the case's version (stale: 409), goes on the
 * timeline and into the audit log; the note and reasons are encrypted. With an {@code Idempotency-Key} a retried step
 * gets the state after the step instead of a refusal (the step is not done twice).
 */
@Service
public class Closures {

    static final int MAX_TEXT = 2000;

    private final ClosureStore store;
    private final CaseStore cases;
    private final CaseAccess access;
    private final CasesAudit audit;
    private final Timeline timeline;
    private final ApplicationEventPublisher events;
    private final RetentionSettings retention;
    private final Idempotency idempotency;
    private final Clock clock;
    private final ZoneId zone;

    Closures(ClosureStore store, CaseStore cases, CaseAccess access, CasesAudit audit, Timeline timeline,
             ApplicationEventPublisher events, RetentionSettings retention, Idempotency idempotency, Clock clock,
             @Value("${tendik.time-zone:Asia/Almaty}") ZoneId zone) {
        this.idempotency = idempotency;
        this.store = store;
        this.cases = cases;
        this.access = access;
        this.audit = audit;
        this.timeline = timeline;
        this.events = events;
        this.retention = retention;
        this.clock = clock;
        this.zone = zone;
    }

    /** The checklist a caseworker fills in to ask for closure; {@code version} is the case's version read. */
    public record ClosureDraft(Integer version, Boolean safetyAddressed, Boolean servicesDoneOrDeclined,
                               SurvivorWish survivorWish, ClosureReason reason, String note) {
    }

    /** A step based on the case's version; {@code reason} where the step needs one (return, reopen, legal hold). */
    public record Step(Integer version, String reason) {
    }

    /** The closure state, audited as a read of the case. */
    @Transactional
    public ClosureState read(CurrentUser user, long caseId) {
        access.read(user, caseId);
        return stateOf(caseId);
    }

    /**
     * A step done, with the closure state after it; {@code repeated} when a retry with the same
     * {@code Idempotency-Key} got the step done before (nothing was done again).
     */
    public record Done(ClosureState state, boolean repeated) {
    }

    @Transactional
    public Done request(CurrentUser user, long caseId, ClosureDraft draft, String key) {
        access.closureStep(user, Action.CASE_WRITE, caseId, "case.closure.request");
        return done(caseId, idempotency.once(user, "case.closure.request:" + caseId, key, draft, () -> {
            CaseRow row = cases.find(caseId).orElseThrow(NotFoundException::new);
            if (row.stage() == kz.tendik.cases.casefile.CaseStage.CLOSED) {
                throw new CaseRuleException(null, "cases.closure.alreadyClosed");
            }
            if (store.pending(caseId).isPresent()) {
                throw new CaseRuleException(null, "cases.closure.alreadyRequested");
            }
            List<FieldProblem> problems = new ArrayList<>();
            if (draft.version() == null) {
                problems.add(new FieldProblem("version", "validation.required"));
            }
            String note = text(draft.note(), "note", false, problems);
            boolean services = Boolean.TRUE.equals(draft.servicesDoneOrDeclined());
            List<ClosureItem> missing = new ClosureChecklist(Boolean.TRUE.equals(draft.safetyAddressed()),
                    services && row.facts().servicesSettled(), draft.survivorWish() != null, draft.reason(), false)
                    .missingBeforeRequest();
            problems.addAll(ClosureChecklist.problems(missing));
            refuse(problems, !missing.isEmpty());
            Instant now = store.touch(caseId, draft.version(), now());
            long id = store.request(caseId, true, true, draft.survivorWish(), draft.reason(), note, user.id(), now);
            timeline.record(caseId, CaseEventType.CLOSURE_REQUESTED, now, user.id(), id);
            audit.success(user, "case.closure.request", "case", caseId);
            return id;
        }));
    }

    @Transactional
    public Done approve(CurrentUser user, long caseId, Step step, String key) {
        access.closureStep(user, Action.CASE_CLOSURE_APPROVE, caseId, "case.closure.approve");
        return done(caseId, idempotency.once(user, "case.closure.approve:" + caseId, key, step, () -> {
            Request pending = decidable(user, caseId, step, false);
            CaseRow row = cases.find(caseId).orElseThrow(NotFoundException::new);
            ClosureChecklist checklist = new ClosureChecklist(pending.safetyAddressed(),
                    pending.servicesDoneOrDeclined() && row.facts().servicesSettled(), pending.survivorWish() != null,
                    pending.reason(), true);
            if (!checklist.allowsClosure()) { // something recorded since the request reopened a service
                throw new CaseRuleException(ClosureChecklist.problems(checklist.missing()));
            }
            Instant now = store.touch(caseId, step.version(), now());
            store.decide(pending.id(), Status.APPROVED, null, user.id(), now);
            store.markClosed(caseId, now);
            timeline.record(caseId, CaseEventType.CLOSURE_APPROVED, now, user.id(), pending.id());
            audit.success(user, "case.closure.approve", "case", caseId);
            events.publishEvent(new CaseClosed(caseId, row.centreId(), YearMonth.from(now.atZone(zone)).toString(),
                    pending.reason().name()));
            return pending.id();
        }));
    }

    @Transactional
    public Done returnRequest(CurrentUser user, long caseId, Step step, String key) {
        access.closureStep(user, Action.CASE_CLOSURE_APPROVE, caseId, "case.closure.return");
        return done(caseId, idempotency.once(user, "case.closure.return:" + caseId, key, step, () -> {
            Request pending = decidable(user, caseId, step, true);
            Instant now = store.touch(caseId, step.version(), now());
            store.decide(pending.id(), Status.RETURNED, step.reason().strip(), user.id(), now);
            timeline.record(caseId, CaseEventType.CLOSURE_RETURNED, now, user.id(), pending.id());
            audit.success(user, "case.closure.return", "case", caseId);
            return pending.id();
        }));
    }

    @Transactional
    public Done reopen(CurrentUser user, long caseId, Step step, String key) {
        access.closureStep(user, Action.CASE_WRITE, caseId, "case.reopen");
        return done(caseId, idempotency.once(user, "case.reopen:" + caseId, key, step, () -> {
            List<FieldProblem> problems = stepProblems(step, true);
            if (!access.closed(caseId)) {
                problems.add(0, new FieldProblem(null, "cases.reopen.notClosed"));
                throw new CaseRuleException(problems);
            }
            refuse(problems, false);
            Instant now = store.touch(caseId, step.version(), now());
            long id = store.reopen(caseId, step.reason().strip(), user.id(), now);
            timeline.record(caseId, CaseEventType.CASE_REOPENED, now, user.id(), id);
            audit.success(user, "case.reopen", "case", caseId);
            CaseRow row = cases.find(caseId).orElseThrow(NotFoundException::new);
            events.publishEvent(new CaseReopened(caseId, row.centreId(), YearMonth.from(now.atZone(zone)).toString()));
            return id;
        }));
    }

    private Done done(long caseId, Idempotency.Outcome outcome) {
        return new Done(stateOf(caseId), outcome.repeated());
    }

    /** For the case page, whose caller has checked and audited the read. */
    public ClosureState stateOf(long caseId) {
        CaseRow row = cases.find(caseId).orElseThrow(NotFoundException::new);
        CaseFacts facts = row.facts();
        boolean closed = CaseFacts.isClosed(facts.closedAt(), facts.reopenedAt());
        Request pending = store.pending(caseId).orElse(null);
        List<ClosureItem> missing = pending == null ? List.of()
                : new ClosureChecklist(pending.safetyAddressed(), pending.servicesDoneOrDeclined() && facts.servicesSettled(),
                        true, pending.reason(), false).missing();
        RetentionPlan plan = retention.plan();
        ClosureState.Retention dates = new ClosureState.Retention(
                closed ? plan.textDueOn(facts.closedAt(), zone) : null,
                closed ? plan.recordDueOn(facts.closedAt(), zone) : null, store.textPurgedAt(caseId).orElse(null));
        return new ClosureState(caseId, row.version(), row.stage(), closed, facts.servicesSettled(), pending, missing,
                store.lastDecided(caseId).orElse(null), store.reopenings(caseId),
                store.currentHold(caseId).orElse(null), dates);
    }

    private Request decidable(CurrentUser user, long caseId, Step step, boolean reasonRequired) {
        List<FieldProblem> problems = stepProblems(step, reasonRequired);
        refuse(problems, false);
        Request pending = store.pending(caseId)
                .orElseThrow(() -> new CaseRuleException(null, "cases.closure.noRequest"));
        if (pending.requestedBy() == user.id()) {
            throw new CaseRuleException(null, "cases.closure.ownRequest");
        }
        return pending;
    }

    /** The version is required; the reason too where {@code reasonRequired}, at most {@value #MAX_TEXT} characters. */
    static List<FieldProblem> stepProblems(Step step, boolean reasonRequired) {
        List<FieldProblem> problems = new ArrayList<>();
        if (step.version() == null) {
            problems.add(new FieldProblem("version", "validation.required"));
        }
        text(step.reason(), "reason", reasonRequired, problems);
        return problems;
    }

    private static String text(String value, String field, boolean required, List<FieldProblem> problems) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty() && required) {
            problems.add(new FieldProblem(field, "validation.required"));
        } else if (text.length() > MAX_TEXT) {
            problems.add(new FieldProblem(field, "validation.tooLong"));
        }
        return text.isEmpty() ? null : text;
    }

    /** Refuses with every problem: 422 when the case's rules refused, else 400 for the input itself. */
    static void refuse(List<FieldProblem> problems, boolean byRule) {
        if (problems.isEmpty()) {
            return;
        }
        throw byRule ? new CaseRuleException(problems) : new UserInputException(problems);
    }

    private Instant now() {
        return clock.instant();
    }
}
