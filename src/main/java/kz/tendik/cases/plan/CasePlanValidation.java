package kz.tendik.cases.plan;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import kz.tendik.cases.casefile.ReferralPurpose;
import kz.tendik.shared.web.UserInputException;
import kz.tendik.shared.web.UserInputException.FieldProblem;

/**
 * Checks a case plan draft and names every mistake at once: the version, the goals, the plan's date (not in the
 * future), the review date (not before the plan's date), each service's kind, provider and target date (a past
 * target is allowed), and the survivor's agreement (its date, and at least one service to agree to).
 */
final class CasePlanValidation {

    static final int MAX_GOALS = 4000;
    static final int MAX_SERVICES = 30;

    private CasePlanValidation() {
    }

    /** A checked planned service; {@code id} as sent (whether it is one of the plan's is checked when storing). */
    record Item(Long id, ReferralPurpose purpose, ProvidedBy providedBy, LocalDate targetOn) {
    }

    /** A checked draft. */
    record Valid(int version, String goals, LocalDate plannedOn, LocalDate nextReviewOn, boolean survivorAgreed,
                 LocalDate agreedOn, List<Item> services) {
        boolean recorded() {
            return CasePlanValidation.recorded(survivorAgreed, services.size());
        }
    }

    /** A plan counts as recorded (the case plan stage) when the survivor agreed to it and it plans a service. */
    static boolean recorded(boolean survivorAgreed, int services) {
        return survivorAgreed && services > 0;
    }

    static Valid check(CasePlanDraft draft, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        if (draft.version() == null || draft.version() < 0) {
            problems.add(new FieldProblem("version", "validation.required"));
        }
        String goals = draft.goals() == null ? null : draft.goals().strip();
        if (goals == null || goals.isEmpty()) {
            problems.add(new FieldProblem("goals", "validation.required"));
        } else if (goals.length() > MAX_GOALS) {
            problems.add(new FieldProblem("goals", "validation.tooLong"));
        }
        LocalDate plannedOn = date("plannedOn", draft.plannedOn(), problems);
        if (plannedOn != null && plannedOn.isAfter(today)) {
            problems.add(new FieldProblem("plannedOn", "cases.date.future"));
            plannedOn = null;
        }
        LocalDate nextReviewOn = date("nextReviewOn", draft.nextReviewOn(), problems);
        if (nextReviewOn != null && plannedOn != null && nextReviewOn.isBefore(plannedOn)) {
            problems.add(new FieldProblem("nextReviewOn", "cases.casePlan.reviewBeforePlan"));
        }
        List<Item> services = new ArrayList<>();
        List<CasePlanDraft.Item> items = draft.services() == null ? List.of() : draft.services();
        if (items.size() > MAX_SERVICES) {
            problems.add(new FieldProblem("services", "cases.casePlan.tooManyServices", MAX_SERVICES));
        }
        for (int i = 0; i < items.size() && i < MAX_SERVICES; i++) {
            CasePlanDraft.Item item = items.get(i) == null ? new CasePlanDraft.Item(null, null, null) : items.get(i);
            String at = "services[" + i + "].";
            ReferralPurpose purpose = code(at + "purpose", item.purpose(), ReferralPurpose.class, problems);
            ProvidedBy by = code(at + "providedBy", item.providedBy(), ProvidedBy.class, problems);
            LocalDate target = date(at + "targetOn", item.targetOn(), problems);
            if (purpose != null && by != null && target != null) {
                services.add(new Item(item.id(), purpose, by, target));
            }
        }
        boolean agreed = Boolean.TRUE.equals(draft.survivorAgreed());
        LocalDate agreedOn = null;
        if (agreed) {
            agreedOn = date("agreedOn", draft.agreedOn(), problems);
            if (agreedOn != null && agreedOn.isAfter(today)) {
                problems.add(new FieldProblem("agreedOn", "cases.date.future"));
            }
            if (items.isEmpty()) {
                problems.add(new FieldProblem("services", "cases.casePlan.agreedWithoutServices"));
            }
        }
        if (!problems.isEmpty()) {
            throw new UserInputException(problems);
        }
        return new Valid(draft.version(), goals, plannedOn, nextReviewOn, agreed, agreedOn, List.copyOf(services));
    }

    private static LocalDate date(String field, String text, List<FieldProblem> problems) {
        if (text == null || text.isBlank()) {
            problems.add(new FieldProblem(field, "validation.required"));
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem(field, "validation.invalidValue"));
            return null;
        }
    }

    private static <E extends Enum<E>> E code(String field, String text, Class<E> type, List<FieldProblem> problems) {
        if (text == null || text.isBlank()) {
            problems.add(new FieldProblem(field, "validation.required"));
            return null;
        }
        try {
            return Enum.valueOf(type, text.strip());
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem(field, "validation.invalidValue"));
            return null;
        }
    }
}
