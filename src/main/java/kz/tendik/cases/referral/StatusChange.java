package kz.tendik.cases.referral;

/**
 * A change of a referral's status, based on the version read (409 when someone changed it since). With a provider's
 * answer (accepted, rejected) the date and who answered are required and a note may be added; other changes take
 * none of these.
 */
public record StatusChange(String status, Integer version, String answeredOn, String answeredBy, String note) {

    static final int MAX_ANSWERED_BY = 200;
    static final int MAX_NOTE = 2_000;
}
