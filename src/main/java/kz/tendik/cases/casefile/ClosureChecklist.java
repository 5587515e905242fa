package kz.tendik.cases.casefile;

import java.util.ArrayList;
import java.util.List;

import kz.tendik.shared.web.UserInputException.FieldProblem;

/**
 * The closure checklist: the survivor's safety addressed, every service done or declined, the survivor's wish
 * recorded, a reason — then the supervisor's approval. A caseworker may ask for approval once the first four are
 * complete; the case closes only with all five.
 */
public record ClosureChecklist(boolean safetyAddressed, boolean servicesDoneOrDeclined, boolean survivorWishRecorded,
                               ClosureReason reason, boolean supervisorApproved) {

    /** What is still missing before the caseworker can ask the supervisor to approve. */
    public List<ClosureItem> missingBeforeRequest() {
        List<ClosureItem> missing = new ArrayList<>();
        if (!safetyAddressed) {
            missing.add(ClosureItem.SAFETY_ADDRESSED);
        }
        if (!servicesDoneOrDeclined) {
            missing.add(ClosureItem.SERVICES_DONE_OR_DECLINED);
        }
        if (!survivorWishRecorded) {
            missing.add(ClosureItem.SURVIVOR_WISH_RECORDED);
        }
        if (reason == null) {
            missing.add(ClosureItem.REASON);
        }
        return missing;
    }

    /** What is still missing before the case may close; empty when it may. */
    public List<ClosureItem> missing() {
        List<ClosureItem> missing = missingBeforeRequest();
        if (!supervisorApproved) {
            missing.add(ClosureItem.SUPERVISOR_APPROVAL);
        }
        return missing;
    }

    public boolean allowsClosure() {
        return missing().isEmpty();
    }

    /** The missing items as field problems, for a form or a problem detail. */
    public static List<FieldProblem> problems(List<ClosureItem> missing) {
        return missing.stream().map(item -> new FieldProblem(item.field(), item.messageKey())).toList();
    }
}
