package kz.tendik.cases.export;

/**
 * Who a case summary is for. The court's version has the survivor's identity (name, IIN, date of birth), the
 * incidents with their accounts, the latest risk level, the protective measures with their breaches and the
 * caseworkers' notes; the survivor's own version has her name, her consents and the measures protecting her, and
 * leaves out the internal notes, the incident accounts and the breach notes.
 */
public enum Audience {
    SURVIVOR, COURT;

    public String messageKey() {
        return "cases.summary.audience." + name();
    }
}
