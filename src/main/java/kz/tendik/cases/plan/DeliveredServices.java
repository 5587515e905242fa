package kz.tendik.cases.plan;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import kz.tendik.shared.web.UserInputException.FieldProblem;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * What a change of the case plan may do to the planned services it already has: a service sent with an id must be
 * one of this plan's (and sent once); one for which services have been delivered stays in the plan and keeps its
 * kind (the services provided name it), while its provider and target date may change. Every problem is named by the
 * service's position in the draft, or as {@code services} for a delivered one left out.
 */
final class DeliveredServices {

    private DeliveredServices() {
    }

    static List<FieldProblem> problems(Map<Long, PlannedService> stored, List<CasePlanValidation.Item> items) {
        List<FieldProblem> problems = new ArrayList<>();
        Set<Long> sent = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            CasePlanValidation.Item item = items.get(i);
            if (item.id() == null) {
                continue;
            }
            PlannedService before = stored.get(item.id());
            if (before == null || !sent.add(item.id())) {
                problems.add(new FieldProblem("services[" + i + "].id", "cases.casePlan.serviceNotInPlan"));
            } else if (before.delivered() && before.purpose() != item.purpose()) {
                problems.add(new FieldProblem("services[" + i + "].purpose", "cases.casePlan.deliveredKindKept"));
            }
        }
        stored.values().stream().filter(s -> s.delivered() && !sent.contains(s.id()))
                .forEach(s -> problems.add(new FieldProblem("services", "cases.casePlan.deliveredServiceKept",
                        new DefaultMessageSourceResolvable(s.purpose().messageKey()))));
        return problems;
    }
}
