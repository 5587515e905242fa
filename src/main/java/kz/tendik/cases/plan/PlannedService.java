package kz.tendik.cases.plan;

import java.time.LocalDate;

import kz.tendik.cases.casefile.ReferralPurpose;

/**
 * A service of the case plan: what kind of help, who provides it and by when; and how many services provided name it
 * as the one they fulfil, the latest on {@code lastDeliveredOn} ({@code null} when none yet).
 */
public record PlannedService(long id, ReferralPurpose purpose, ProvidedBy providedBy, LocalDate targetOn,
                             int deliveries, LocalDate lastDeliveredOn) {

    /** At least one service fulfilling it has been provided. */
    public boolean delivered() {
        return deliveries > 0;
    }
}
