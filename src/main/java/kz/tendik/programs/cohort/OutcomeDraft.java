package kz.tendik.programs.cohort;

import java.time.LocalDate;

/**
 * An outcome as sent by a form or the API, before it is checked; the choices are names of the {@link Outcome} enums
 * (checked one by one, so every wrong field is named). {@code version} is needed to change a recorded outcome.
 */
public record OutcomeDraft(Long enrolmentId, String followUp, LocalDate recordedOn, Boolean businessStarted,
                           String bin, String revenueBand, Integer jobsCreated, String employment,
                           String incomeChange, String fundingSource, String fundingBand, Integer version) {
}
