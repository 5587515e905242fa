package kz.tendik.cases.measure;

import java.time.LocalDateTime;

import org.springframework.stereotype.Component;

/** When a measure ends and when the caseworker is warned of it, from the settings. */
@Component
public final class MeasureExpiry {

    private final MeasureSettings settings;

    public MeasureExpiry(MeasureSettings settings) {
        this.settings = settings;
    }

    /**
     * The end of a valid measure: a protective order lasts the configured time from service; special
     * requirements end when the court said; a detention ends at the recorded release or after the maximum.
     */
    public LocalDateTime expiresAt(MeasureDraft measure) {
        return switch (measure.type()) {
            case PROTECTIVE_ORDER -> measure.startsAt().plus(settings.protectiveOrder());
            case SPECIAL_REQUIREMENTS -> measure.endsAt();
            case ADMINISTRATIVE_DETENTION -> measure.endsAt() != null ? measure.endsAt()
                    : measure.startsAt().plus(settings.administrativeDetention());
        };
    }

    /** From when the caseworker is warned: the configured number of days before the end. */
    public LocalDateTime warningFrom(LocalDateTime expiresAt) {
        return expiresAt.minusDays(settings.warningDays());
    }

    /** Whether the warning is due at {@code now}: inside the warning window and not yet expired. */
    public boolean isWarningDue(LocalDateTime expiresAt, LocalDateTime now) {
        return !now.isBefore(warningFrom(expiresAt)) && now.isBefore(expiresAt);
    }

    public boolean isInForce(LocalDateTime startsAt, LocalDateTime expiresAt, LocalDateTime now) {
        return !now.isBefore(startsAt) && now.isBefore(expiresAt);
    }
}
