package kz.tendik.cases.measure;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.Period;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MeasureExpiryTest {

    private static final LocalDateTime SERVED = LocalDateTime.of(2026, 11, 2, 14, 30);
    private final MeasureExpiry expiry = new MeasureExpiry(MeasureSettings.defaults());

    @Test
    void aProtectiveOrderExpiresThirtyDaysAfterService() {
        MeasureDraft order = new MeasureDraft(MeasureType.PROTECTIVE_ORDER, SERVED, null, null, null);
        assertThat(expiry.expiresAt(order)).isEqualTo(LocalDateTime.of(2026, 12, 2, 14, 30));
    }

    @Test
    void specialRequirementsExpireWhenTheCourtSaid() {
        LocalDateTime end = SERVED.plusMonths(6);
        MeasureDraft requirements = new MeasureDraft(MeasureType.SPECIAL_REQUIREMENTS, SERVED, end,
                Set.of(SpecialCondition.NO_CONTACT), null);
        assertThat(expiry.expiresAt(requirements)).isEqualTo(end);
    }

    @Test
    void aDetentionEndsAtReleaseOrAfterTheMaximum() {
        assertThat(expiry.expiresAt(new MeasureDraft(MeasureType.ADMINISTRATIVE_DETENTION, SERVED, null, null, null)))
                .isEqualTo(SERVED.plusHours(24));
        assertThat(expiry.expiresAt(new MeasureDraft(MeasureType.ADMINISTRATIVE_DETENTION, SERVED, SERVED.plusHours(6), null, null)))
                .isEqualTo(SERVED.plusHours(6));
    }

    @Test
    void theConfiguredDurationsAreUsed() {
        MeasureExpiry configured = new MeasureExpiry(new MeasureSettings(Duration.ofDays(20), Period.ofMonths(3),
                Period.ofMonths(12), Duration.ofHours(48), 5, 1, 4));
        assertThat(configured.expiresAt(new MeasureDraft(MeasureType.PROTECTIVE_ORDER, SERVED, null, null, null)))
                .isEqualTo(SERVED.plusDays(20));
        assertThat(configured.expiresAt(new MeasureDraft(MeasureType.ADMINISTRATIVE_DETENTION, SERVED, null, null, null)))
                .isEqualTo(SERVED.plusHours(48));
    }

    @Test
    void theWarningIsDueFromFiveDaysBeforeTheEndUntilTheEnd() {
        LocalDateTime end = LocalDateTime.of(2026, 12, 2, 14, 30);
        assertThat(expiry.warningFrom(end)).isEqualTo(LocalDateTime.of(2026, 11, 27, 14, 30));
        assertThat(expiry.isWarningDue(end, LocalDateTime.of(2026, 11, 27, 14, 29))).isFalse();
        assertThat(expiry.isWarningDue(end, LocalDateTime.of(2026, 11, 27, 14, 30))).isTrue();
        assertThat(expiry.isWarningDue(end, LocalDateTime.of(2026, 12, 2, 14, 29))).isTrue();
        assertThat(expiry.isWarningDue(end, end)).isFalse();
    }

    @Test
    void theWarningWindowFollowsTheConfiguredDays() {
        MeasureExpiry sevenDays = new MeasureExpiry(new MeasureSettings(Duration.ofDays(30), Period.ofMonths(3),
                Period.ofMonths(12), Duration.ofHours(24), 7, 1, 4));
        LocalDateTime end = LocalDateTime.of(2026, 12, 2, 0, 0);
        assertThat(sevenDays.isWarningDue(end, LocalDateTime.of(2026, 11, 25, 0, 0))).isTrue();
        assertThat(expiry.isWarningDue(end, LocalDateTime.of(2026, 11, 25, 0, 0))).isFalse();
    }

    @Test
    void aMeasureIsInForceFromItsStartUntilItsEnd() {
        LocalDateTime end = SERVED.plusDays(30);
        assertThat(expiry.isInForce(SERVED, end, SERVED.minusMinutes(1))).isFalse();
        assertThat(expiry.isInForce(SERVED, end, SERVED)).isTrue();
        assertThat(expiry.isInForce(SERVED, end, end)).isFalse();
    }

    @Test
    void onlyTheCourtIssuesSpecialRequirements() {
        assertThat(MeasureType.SPECIAL_REQUIREMENTS.issuer()).isEqualTo(Issuer.COURT);
        assertThat(MeasureType.PROTECTIVE_ORDER.issuer()).isEqualTo(Issuer.POLICE);
        assertThat(MeasureType.ADMINISTRATIVE_DETENTION.issuer()).isEqualTo(Issuer.POLICE);
    }
}
