package kz.tendik.cases.plan;

import java.time.LocalDate;

import kz.tendik.cases.casefile.ReferralPurpose;

/** A service of the case plan: what kind of help, who provides it and by when. */
public record PlannedService(ReferralPurpose purpose, ProvidedBy providedBy, LocalDate targetOn) {
}
