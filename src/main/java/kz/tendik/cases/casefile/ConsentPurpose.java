package kz.tendik.cases.casefile;

/**
 * What a survivor consents to (or refuses): services at all, a referral for one purpose, anonymous statistics, the
 * transfer of the case to another centre, a referral to an empowerment or education programme.
 */
public enum ConsentPurpose {
    SERVICES, REFERRAL, ANONYMOUS_STATISTICS, TRANSFER, PROGRAMME;

    public String messageKey() {
        return "cases.consent.purpose." + name();
    }
}
