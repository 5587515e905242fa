package kz.tendik.cases;

/**
 * A case was closed with the supervisor's approval; carries only codes (nothing that identifies a person), for the
 * statistics of closures by reason.
 *
 * @param closedMonth the month of the closure, {@code "2026-12"}
 * @param reason      the name of a {@code ClosureReason}, e.g. {@code "NEEDS_MET"}
 */
public record CaseClosed(long caseId, long centreId, String closedMonth, String reason) {
}
