package kz.tendik.directory.support;

import java.util.Comparator;
import java.util.Optional;
import java.util.function.Supplier;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import kz.tendik.shared.web.UserInputException;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;

/**
 * Puts the mistakes in a web form on its fields, translated: bean-validation violations of the command the
 * form makes (messages are interpolated in the request's language) and rule violations from the use case.
 */
@Component
public class FormErrors {

    private static final String CODE = "directory.form.invalid"; // no such message: the text comes with the error

    private final Validator validator;

    FormErrors(Validator validator) {
        this.validator = validator;
    }

    /** Validates {@code command}; a field that could not even be bound keeps just that error. */
    public <T> void validate(T command, BindingResult binding) {
        validator.validate(command).stream()
                .sorted(Comparator.comparing((ConstraintViolation<T> v) -> v.getPropertyPath().toString()))
                .forEach(violation -> {
                    String field = violation.getPropertyPath().toString();
                    if (!binding.hasFieldErrors(field)) {
                        binding.rejectValue(field, CODE, violation.getMessage());
                    }
                });
    }

    /**
     * Validates {@code command} and, when it is valid, runs {@code action}; a rule the action refuses lands on
     * the form's fields too. Empty when the form must be shown again with its errors.
     */
    public <T, R> Optional<R> submit(T command, BindingResult binding, Supplier<R> action) {
        validate(command, binding);
        if (binding.hasErrors()) {
            return Optional.empty();
        }
        try {
            return Optional.of(action.get());
        } catch (UserInputException e) {
            reject(e, binding);
            return Optional.empty();
        }
    }

    public void reject(UserInputException exception, BindingResult binding) {
        for (UserInputException.FieldProblem problem : exception.problems()) {
            if (problem.field() == null) {
                binding.reject(problem.messageKey(), problem.arguments(), null);
            } else {
                binding.rejectValue(problem.field(), problem.messageKey(), problem.arguments(), null);
            }
        }
    }
}
