package kz.tendik.shared.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

import java.util.List;

/**
 * A user's mistake that the request itself could not catch with bean validation (a duplicate name, a rule
 * that spans fields). Carries message keys, never user-entered values, so it is safe to log.
 */
@ResponseStatus(HttpStatus.BAD_REQUEST)
public class UserInputException extends RuntimeException {

    private final transient List<FieldProblem> problems;

    public UserInputException(String field, String messageKey, Object... arguments) {
        this(List.of(new FieldProblem(field, messageKey, arguments)));
    }

    public UserInputException(List<FieldProblem> problems) {
        super(problems.isEmpty() ? "invalid input" : "invalid input: " + problems.get(0).messageKey(), null, false, false);
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }

    /** A field (or {@code null} for the whole request) and the message key that explains what is wrong. */
    public record FieldProblem(String field, String messageKey, Object... arguments) {
    }
}
