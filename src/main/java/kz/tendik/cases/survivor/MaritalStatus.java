package kz.tendik.cases.survivor;

/** A survivor's marital status, with the four values of the GBVIMS intake and Incident Recorder. */
public enum MaritalStatus {
    SINGLE, MARRIED_OR_COHABITING, DIVORCED_OR_SEPARATED, WIDOWED;

    public String messageKey() {
        return "cases.maritalStatus." + name();
    }
}
