package kz.tendik.cases.plan;

/** Who is to provide a planned service: the centre itself, or a provider the case is referred to. */
public enum ProvidedBy {
    CENTRE, REFERRAL;

    public String messageKey() {
        return "cases.casePlan.providedBy." + name();
    }
}
