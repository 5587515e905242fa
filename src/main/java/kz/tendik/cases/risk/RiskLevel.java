package kz.tendik.cases.risk;

/** Risk levels, from lowest to highest; a high level calls for the akimat's multi-agency group. */
public enum RiskLevel {
    STANDARD, MEDIUM, HIGH;

    public boolean isAbove(RiskLevel other) {
        return compareTo(other) > 0;
    }

    public String messageKey() {
        return "cases.riskLevel." + name();
    }
}
