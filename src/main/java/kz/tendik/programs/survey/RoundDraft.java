package kz.tendik.programs.survey;

import java.time.LocalDate;

/** A new survey round; {@code instrumentVersion} may be left out for the latest published version. */
public record RoundDraft(RoundKind kind, String instrumentCode, Integer instrumentVersion, LocalDate opensOn,
                         LocalDate closesOn) {
}
