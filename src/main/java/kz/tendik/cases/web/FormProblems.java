package kz.tendik.cases.web;

import java.util.Map;
import java.util.function.Supplier;

import kz.tendik.shared.web.UserInputException;
import org.springframework.validation.BindingResult;

/** Puts a service's field problems on a web form's fields (renaming API fields to form fields where they differ). */
final class FormProblems {

    private FormProblems() {
    }

    /** Runs the action; a refused input lands on the form and the result is null. */
    static <T> T attempt(BindingResult binding, Map<String, String> renames, Supplier<T> action) {
        try {
            return action.get();
        } catch (UserInputException e) {
            reject(binding, renames, e);
            return null;
        }
    }

    static void reject(BindingResult binding, Map<String, String> renames, UserInputException e) {
        for (UserInputException.FieldProblem problem : e.problems()) {
            String field = problem.field() == null ? null : rename(problem.field(), renames);
            if (field == null) {
                binding.reject(problem.messageKey(), problem.arguments(), null);
            } else if (!binding.hasFieldErrors(field)) {
                binding.rejectValue(field, problem.messageKey(), problem.arguments(), null);
            }
        }
    }

    private static String rename(String field, Map<String, String> renames) {
        String plain = field.replaceAll("\\[\\d+]", "");
        if (renames.containsKey(field)) {
            return renames.get(field);
        }
        return renames.getOrDefault(plain, plain);
    }
}
