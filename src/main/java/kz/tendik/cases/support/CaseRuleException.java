package kz.tendik.cases.support;

import java.util.List;

import kz.tendik.shared.web.UserInputException;

/**
 * A well-formed request that the case's state refuses — a closure checklist with items missing, a write to a closed
 * case, approving one's own request: 422 with every reason named (pages show it like any other input problem).
 */
public class CaseRuleException extends UserInputException {

    public CaseRuleException(String field, String messageKey, Object... arguments) {
        super(field, messageKey, arguments);
    }

    public CaseRuleException(List<FieldProblem> problems) {
        super(problems);
    }
}
