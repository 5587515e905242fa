package kz.tendik.indicators.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import kz.tendik.indicators.store.RowProblem;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/** A refused file's problems as lines in the reader's language: row, column and the translated reason. */
@Component
class ImportReport {

    record Line(int row, String column, String message) {
    }

    private final MessageSource messages;

    ImportReport(MessageSource messages) {
        this.messages = messages;
    }

    List<Line> lines(List<RowProblem> problems, Locale locale) {
        return problems.stream().map(p -> new Line(p.row(), p.column(), line(p, locale))).toList();
    }

    private String line(RowProblem p, Locale locale) {
        String reason = text(p.messageKey(), locale);
        return p.column() == null ? text("indicators.import.line.row", locale, p.row(), reason)
                : text("indicators.import.line", locale, p.row(), p.column(), reason);
    }

    /** A problem detail listing {@code errors} (each row, column and message), titled and counted in the language. */
    ProblemDetail problem(HttpStatus status, String type, String titleKey, String detailKey,
                          List<Map<String, Object>> errors, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setType(URI.create("urn:tendik:problem:" + type));
        problem.setTitle(text(titleKey, locale));
        problem.setDetail(text(detailKey, locale, errors.size()));
        problem.setProperty("errors", errors);
        return problem;
    }

    String text(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, key, locale);
    }
}
