package kz.tendik.cases.referral;

/**
 * A referral or transfer refused because the survivor's consent for it is not recorded on the case (or the latest
 * record is a refusal): 422 naming the field and the consent that is missing. Carries codes only.
 */
public class ConsentRequiredException extends RuntimeException {

    private final String field;
    private final String messageKey;
    private final String consentKey;

    public ConsentRequiredException(String field, String messageKey, String consentKey) {
        super("consent required", null, false, false);
        this.field = field;
        this.messageKey = messageKey;
        this.consentKey = consentKey;
    }

    /** The request field the refusal is about ({@code providerId}, {@code centreId}). */
    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }

    /** The message key naming the consent that is missing (e.g. {@code cases.referralPurpose.POLICE}). */
    public String consentKey() {
        return consentKey;
    }
}
