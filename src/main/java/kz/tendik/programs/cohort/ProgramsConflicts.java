package kz.tendik.programs.cohort;

import java.net.URI;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A stale change of a cohort or an outcome answers 409 with a translated problem detail and the stored version. */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ProgramsConflicts {

    private final MessageSource messages;

    ProgramsConflicts(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(StaleVersionException.class)
    ProblemDetail stale(StaleVersionException exception) {
        ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.CONFLICT);
        problem.setType(URI.create("urn:tendik:problem:staleVersion"));
        problem.setTitle(messages.getMessage("programs.problem.stale.title", null, LocaleContextHolder.getLocale()));
        problem.setDetail(messages.getMessage("programs.problem.stale.detail", null, LocaleContextHolder.getLocale()));
        problem.setProperty("currentVersion", exception.currentVersion());
        return problem;
    }
}
