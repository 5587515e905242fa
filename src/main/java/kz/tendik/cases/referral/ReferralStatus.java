package kz.tendik.cases.referral;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a referral stands. It starts in progress; the provider accepts or rejects it; an accepted referral is done
 * when the service has been given; the centre may revoke a referral that is not finished (the survivor withdrew, the
 * need passed). Rejected, done and revoked are final.
 */
public enum ReferralStatus {
    IN_PROGRESS, ACCEPTED, REJECTED, DONE, REVOKED;

    /** Whether a referral in this status may move to {@code next} (never to itself). */
    public boolean canBecome(ReferralStatus next) {
        return next != null && successors().contains(next);
    }

    /** The statuses this one may move to, empty when final. */
    public Set<ReferralStatus> successors() {
        return switch (this) {
            case IN_PROGRESS -> EnumSet.of(ACCEPTED, REJECTED, REVOKED);
            case ACCEPTED -> EnumSet.of(DONE, REVOKED);
            case REJECTED, DONE, REVOKED -> EnumSet.noneOf(ReferralStatus.class);
        };
    }

    public boolean isFinal() {
        return successors().isEmpty();
    }

    /** The provider's answer (accepted or rejected): the date and who answered must be recorded with it. */
    public boolean isProviderAnswer() {
        return this == ACCEPTED || this == REJECTED;
    }

    /** Whether the service counts as settled on the case plan in this status (done, rejected or revoked). */
    public boolean settlesService() {
        return isFinal();
    }

    public String messageKey() {
        return "cases.referral.status." + name();
    }
}
