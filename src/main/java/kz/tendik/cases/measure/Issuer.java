package kz.tendik.cases.measure;

/** Who issues a protective measure. */
public enum Issuer {
    POLICE, COURT;

    public String messageKey() {
        return "cases.measure.issuer." + name();
    }
}
