package kz.tendik.cases.measure;

/**
 * The protective measures of Kazakhstan's law: the police's protective order (защитное предписание), the court's
 * special requirements for the offender's behaviour (особые требования, Code of Administrative Offences Art. 54)
 * and administrative detention.
 */
public enum MeasureType {
    PROTECTIVE_ORDER(Issuer.POLICE),
    SPECIAL_REQUIREMENTS(Issuer.COURT),
    ADMINISTRATIVE_DETENTION(Issuer.POLICE);

    private final Issuer issuer;

    MeasureType(Issuer issuer) {
        this.issuer = issuer;
    }

    public Issuer issuer() {
        return issuer;
    }

    /** Only the court chooses the conditions and the end; the others follow from the law and the settings. */
    public boolean hasChosenConditions() {
        return this == SPECIAL_REQUIREMENTS;
    }

    public String messageKey() {
        return "cases.measure.type." + name();
    }
}
