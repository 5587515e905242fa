package kz.tendik.cases.risk;

/** An answer to a risk question; only "yes" adds the question's weight ("not known" is recorded, not scored). */
public enum RiskAnswer {
    YES, NO, NOT_KNOWN;

    public String messageKey() {
        return "cases.riskAnswer." + name();
    }
}
