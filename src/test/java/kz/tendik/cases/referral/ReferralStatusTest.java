package kz.tendik.cases.referral;

import java.util.EnumSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static kz.tendik.cases.referral.ReferralStatus.ACCEPTED;
import static kz.tendik.cases.referral.ReferralStatus.DONE;
import static kz.tendik.cases.referral.ReferralStatus.IN_PROGRESS;
import static kz.tendik.cases.referral.ReferralStatus.REJECTED;
import static kz.tendik.cases.referral.ReferralStatus.REVOKED;
import static org.assertj.core.api.Assertions.assertThat;

class ReferralStatusTest {

    @Test
    void aReferralInProgressIsAnsweredByTheProviderOrRevoked() {
        assertThat(IN_PROGRESS.successors()).containsExactlyInAnyOrder(ACCEPTED, REJECTED, REVOKED);
        assertThat(IN_PROGRESS.canBecome(DONE)).as("done only after the provider accepted").isFalse();
    }

    @Test
    void anAcceptedReferralIsDoneOrRevokedButNotAnsweredAgain() {
        assertThat(ACCEPTED.successors()).containsExactlyInAnyOrder(DONE, REVOKED);
        assertThat(ACCEPTED.canBecome(REJECTED)).isFalse();
        assertThat(ACCEPTED.canBecome(IN_PROGRESS)).isFalse();
    }

    @ParameterizedTest
    @EnumSource(value = ReferralStatus.class, names = {"REJECTED", "DONE", "REVOKED"})
    void rejectedDoneAndRevokedAreFinal(ReferralStatus status) {
        assertThat(status.isFinal()).isTrue();
        for (ReferralStatus next : ReferralStatus.values()) {
            assertThat(status.canBecome(next)).as(status + " → " + next).isFalse();
        }
        assertThat(status.settlesService()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(ReferralStatus.class)
    void noStatusBecomesItselfOrNothing(ReferralStatus status) {
        assertThat(status.canBecome(status)).isFalse();
        assertThat(status.canBecome(null)).isFalse();
    }

    @Test
    void onlyAcceptingAndRejectingAreTheProvidersAnswer() {
        EnumSet<ReferralStatus> answers = EnumSet.noneOf(ReferralStatus.class);
        for (ReferralStatus s : ReferralStatus.values()) {
            if (s.isProviderAnswer()) {
                answers.add(s);
            }
        }
        assertThat(answers).containsExactlyInAnyOrder(ACCEPTED, REJECTED);
        assertThat(IN_PROGRESS.settlesService()).isFalse();
        assertThat(ACCEPTED.settlesService()).isFalse();
    }
}
