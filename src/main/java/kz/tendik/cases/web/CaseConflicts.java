package kz.tendik.cases.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import kz.tendik.cases.file.StaleVersionException;
import kz.tendik.cases.referral.ConsentRequiredException;
import kz.tendik.cases.registry.PossibleDuplicatesException;
import kz.tendik.cases.support.CaseRuleException;
import kz.tendik.cases.support.KeyReusedException;
import kz.tendik.shared.web.UserInputException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A stale update of a case or a survivor's profile answers 409 with a translated problem detail and the version now
 * stored, an {@code Idempotency-Key} reused with another request 409 naming the header, a registration stopped by
 * possible duplicates 409 listing them; a referral or
 * transfer without consent answers 422; a request the case's state refuses ({@link CaseRuleException}) answers 422
 * naming every reason, like an input problem.
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class CaseConflicts {

    private final MessageSource messages;

    CaseConflicts(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(StaleVersionException.class)
    ProblemDetail stale(StaleVersionException exception) {
        ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.CONFLICT);
        problem.setType(URI.create("urn:tendik:problem:staleVersion"));
        problem.setTitle(messages.getMessage(exception.titleKey(), null, LocaleContextHolder.getLocale()));
        problem.setDetail(messages.getMessage(exception.detailKey(), null, LocaleContextHolder.getLocale()));
        problem.setProperty("currentVersion", exception.currentVersion());
        return problem;
    }

    /**
     * A registration stopped by possible duplicates not reviewed: 409 listing them by id, what matched and their case
     * numbers (never a name), for the client to show and, if none is her, to name in {@code Duplicates-Reviewed}.
     */
    @ExceptionHandler(PossibleDuplicatesException.class)
    ProblemDetail possibleDuplicates(PossibleDuplicatesException exception) {
        Locale locale = LocaleContextHolder.getLocale();
        ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.CONFLICT);
        problem.setType(URI.create("urn:tendik:problem:possibleDuplicates"));
        problem.setTitle(messages.getMessage("cases.problem.duplicates.title", null, locale));
        problem.setDetail(messages.getMessage("cases.problem.duplicates.detail",
                new Object[] {exception.duplicates().size(), SurvivorApi.REVIEWED}, locale));
        problem.setProperty("possibleDuplicates", exception.duplicates());
        return problem;
    }

    /** An Idempotency-Key sent again with another request: 409 naming the header, nothing of either request. */
    @ExceptionHandler(KeyReusedException.class)
    ProblemDetail keyReused(KeyReusedException exception) {
        Locale locale = LocaleContextHolder.getLocale();
        String message = messages.getMessage("cases.idempotency.reused", null, locale);
        ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.CONFLICT);
        problem.setType(URI.create("urn:tendik:problem:idempotencyKeyReused"));
        problem.setTitle(messages.getMessage("cases.problem.idempotency.title", null, locale));
        problem.setDetail(message);
        problem.setProperty("errors", List.of(Map.of("field", "Idempotency-Key", "message", message)));
        return problem;
    }

    /** A referral or transfer without the survivor's consent: 422 naming the field and the consent missing. */
    @ExceptionHandler(ConsentRequiredException.class)
    ProblemDetail consentRequired(ConsentRequiredException exception) {
        java.util.Locale locale = LocaleContextHolder.getLocale();
        String message = messages.getMessage(exception.messageKey(),
                new Object[] {messages.getMessage(exception.consentKey(), null, locale)}, locale);
        ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        problem.setType(URI.create("urn:tendik:problem:consentRequired"));
        problem.setTitle(messages.getMessage("cases.problem.consent.title", null, locale));
        problem.setDetail(message);
        problem.setProperty("errors", java.util.List.of(java.util.Map.of("field", exception.field(), "message", message)));
        return problem;
    }

    @ExceptionHandler(CaseRuleException.class)
    ProblemDetail refused(CaseRuleException exception) {
        Locale locale = LocaleContextHolder.getLocale();
        List<Map<String, String>> errors = new ArrayList<>();
        for (UserInputException.FieldProblem p : exception.problems()) {
            String message = messages.getMessage(p.messageKey(), p.arguments(), p.messageKey(), locale);
            errors.add(p.field() == null ? Map.of("message", message) : Map.of("field", p.field(), "message", message));
        }
        ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        problem.setType(URI.create("urn:tendik:problem:refusedByCaseRules"));
        problem.setTitle(messages.getMessage("cases.problem.refused.title", null, locale));
        problem.setDetail(String.join(" ", errors.stream().map(e -> e.get("message")).toList()));
        problem.setProperty("errors", errors);
        return problem;
    }
}
