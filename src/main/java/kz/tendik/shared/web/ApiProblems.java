package kz.tendik.shared.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * API errors as RFC 9457 problem details in the caller's language, naming the offending field. Only message
 * keys and field names are used: a rejected value is never echoed back or logged.
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
class ApiProblems extends ResponseEntityExceptionHandler {

    private final MessageSource messages;

    ApiProblems(MessageSource messages) {
        this.messages = messages;
        setMessageSource(messages);
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound() {
        return problem(HttpStatus.NOT_FOUND, "problem.notFound", List.of());
    }

    @ExceptionHandler(UserInputException.class)
    ProblemDetail userInput(UserInputException exception) {
        List<Map<String, String>> errors = new ArrayList<>();
        for (UserInputException.FieldProblem problem : exception.problems()) {
            errors.add(fieldError(problem.field(), text(problem.messageKey(), problem.arguments())));
        }
        return problem(HttpStatus.BAD_REQUEST, "problem.invalidInput", errors);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException exception) {
        return problem(HttpStatus.BAD_REQUEST, "problem.invalidInput",
                List.of(fieldError(exception.getName(), text("validation.invalidValue"))));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException exception,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return ResponseEntity.badRequest().body(invalid(exception.getBindingResult()));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException exception,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Map<String, String>> errors = new ArrayList<>();
        exception.getParameterValidationResults().forEach(result -> result.getResolvableErrors().forEach(error ->
                errors.add(fieldError(result.getMethodParameter().getParameterName(),
                        messages.getMessage(error, locale())))));
        return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "problem.invalidInput", errors));
    }

    /**
     * Well-formed JSON with a value of the wrong type, or a code that is not one of an enum's values, names the field
     * by its path ({@code maritalStatus}, {@code contacts[0].kind}) and, for an enum, the values it takes; anything
     * else unreadable is {@code problem.unreadable}.
     */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException exception,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        MismatchedInputException mismatch = mismatch(exception);
        String field = mismatch == null ? null : path(mismatch);
        if (field == null) {
            return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "problem.unreadable", List.of()));
        }
        Class<?> type = mismatch.getTargetType();
        String message = type != null && type.isEnum()
                ? text("validation.oneOf", Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name())
                        .collect(Collectors.joining(", ")))
                : text("validation.invalidValue");
        return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "problem.invalidInput",
                List.of(fieldError(field, message))));
    }

    private static MismatchedInputException mismatch(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof MismatchedInputException mismatch) {
                return mismatch;
            }
        }
        return null;
    }

    /** The JSON path of the value as the API's field names write it, or {@code null} for the whole body. */
    private static String path(MismatchedInputException mismatch) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : mismatch.getPath()) {
            if (reference.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? null : path.toString();
    }

    private ProblemDetail invalid(BindingResult result) {
        List<Map<String, String>> errors = new ArrayList<>();
        for (FieldError error : result.getFieldErrors()) {
            errors.add(fieldError(error.getField(), messages.getMessage(error, locale())));
        }
        result.getGlobalErrors().forEach(error -> errors.add(fieldError(null, messages.getMessage(error, locale()))));
        return problem(HttpStatus.BAD_REQUEST, "problem.invalidInput", errors);
    }

    private ProblemDetail problem(HttpStatus status, String key, List<Map<String, String>> errors) {
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setType(URI.create("urn:tendik:problem:" + key.substring(key.indexOf('.') + 1)));
        problem.setTitle(text(key + ".title"));
        String detail = errors.isEmpty() ? text(key + ".detail")
                : errors.stream().map(e -> e.get("message")).reduce((a, b) -> a + " " + b).orElse("");
        problem.setDetail(detail);
        if (!errors.isEmpty()) {
            problem.setProperty("errors", errors);
        }
        return problem;
    }

    private static Map<String, String> fieldError(String field, String message) {
        return field == null ? Map.of("message", message) : Map.of("field", field, "message", message);
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, key, locale());
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
