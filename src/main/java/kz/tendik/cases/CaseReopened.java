package kz.tendik.cases;

/** A closed case was reopened; codes only. {@code reopenedMonth} is e.g. {@code "2026-12"}. */
public record CaseReopened(long caseId, long centreId, String reopenedMonth) {
}
