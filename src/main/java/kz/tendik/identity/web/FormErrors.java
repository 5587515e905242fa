package kz.tendik.identity.web;

import kz.tendik.shared.web.UserInputException;
import kz.tendik.shared.web.UserInputException.FieldProblem;
import org.springframework.beans.NotReadablePropertyException;
import org.springframework.validation.BindingResult;

/** Puts a service's refusal onto a web form, so that the page redisplays with translated field errors. */
final class FormErrors {

    private FormErrors() {
    }

    static void reject(BindingResult result, UserInputException refusal) {
        for (FieldProblem problem : refusal.problems()) {
            if (problem.field() == null) {
                result.reject(problem.messageKey(), problem.arguments(), null);
                continue;
            }
            try {
                result.rejectValue(problem.field(), problem.messageKey(), problem.arguments(), null);
            } catch (NotReadablePropertyException notOnThisForm) {
                result.reject(problem.messageKey(), problem.arguments(), null);
            }
        }
    }
}
