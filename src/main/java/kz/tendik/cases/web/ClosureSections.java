package kz.tendik.cases.web;

import kz.tendik.cases.access.CaseReach;
import kz.tendik.cases.casefile.ClosureReason;
import kz.tendik.cases.casefile.SurvivorWish;
import kz.tendik.cases.closure.ClosureState;
import kz.tendik.cases.closure.Closures;
import kz.tendik.cases.file.CaseFiles;
import kz.tendik.identity.AccessPolicy;
import kz.tendik.identity.Action;
import kz.tendik.identity.CurrentUser;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What the case page's closure section shows: the state, the forms and which of them the user may use — the request
 * (an open case without a pending request), the decision (a supervisor or manager, not the requester, not by
 * break-glass), reopening (a closed case) and the legal hold (the centre's manager).
 */
@Component
class ClosureSections {

    private final Closures closures;
    private final AccessPolicy policy;

    ClosureSections(Closures closures, AccessPolicy policy) {
        this.closures = closures;
        this.policy = policy;
    }

    /** Called by the case page after it has checked and audited the read of the case. */
    void addTo(Model model, CurrentUser user, CaseFiles.CaseView kase) {
        ClosureState state = closures.stateOf(kase.id());
        boolean normalReach = !kase.reach().equals(CaseReach.BREAK_GLASS.name());
        boolean writes = policy.permits(user.role(), Action.CASE_WRITE);
        model.addAttribute("closure", state);
        model.addAttribute("mayRequestClosure", writes && !state.closed() && state.pending() == null);
        model.addAttribute("mayDecideClosure", policy.permits(user.role(), Action.CASE_CLOSURE_APPROVE) && normalReach
                && state.pending() != null && state.pending().requestedBy() != user.id());
        model.addAttribute("closureAskedByMe", state.pending() != null && state.pending().requestedBy() == user.id());
        model.addAttribute("mayReopen", writes && state.closed());
        model.addAttribute("mayHold", policy.permits(user.role(), Action.CASE_LEGAL_HOLD) && normalReach);
        model.addAttribute("survivorWishes", SurvivorWish.values());
        model.addAttribute("closureReasons", ClosureReason.values());
        for (String form : new String[] {"closureRequest", "closureDecision", "reopening", "legalHold"}) {
            if (!model.containsAttribute(form)) {
                model.addAttribute(form, form.equals("closureRequest") ? new ClosureForms.RequestForm()
                        : new ClosureForms.StepForm());
            }
        }
    }
}
