package kz.tendik.cases.incident;

import java.util.EnumSet;
import java.util.Set;

/** Derives the GBVIMS case-context flags from an incident's facts. */
public final class CaseContext {

    private CaseContext() {
    }

    /**
     * The flags that apply: intimate partner violence when any alleged perpetrator is a current or former partner
     * or spouse; child sexual abuse for rape or sexual assault of a survivor under 18; early marriage for a forced
     * marriage under 18; possible sexual exploitation for rape or sexual assault with money or goods exchanged;
     * possible sexual slavery for rape or sexual assault with an abduction; harmful traditional practice when that
     * field is anything but "no". An unknown age never sets a flag that depends on it.
     */
    public static Set<CaseContextFlag> flags(IncidentFacts facts) {
        Set<CaseContextFlag> flags = EnumSet.noneOf(CaseContextFlag.class);
        if (facts.relationships().stream().anyMatch(Relationship::isIntimatePartner)) {
            flags.add(CaseContextFlag.INTIMATE_PARTNER_VIOLENCE);
        }
        boolean sexual = facts.type().isSexualViolence();
        if (sexual && facts.survivorIsAChild()) {
            flags.add(CaseContextFlag.CHILD_SEXUAL_ABUSE);
        }
        if (facts.type() == GbvType.FORCED_MARRIAGE && facts.survivorIsAChild()) {
            flags.add(CaseContextFlag.EARLY_MARRIAGE);
        }
        if (sexual && facts.moneyOrGoodsExchanged()) {
            flags.add(CaseContextFlag.POSSIBLE_SEXUAL_EXPLOITATION);
        }
        if (sexual && facts.abduction().isAbduction()) {
            flags.add(CaseContextFlag.POSSIBLE_SEXUAL_SLAVERY);
        }
        if (facts.harmfulPractice() != HarmfulTraditionalPractice.NO) {
            flags.add(CaseContextFlag.HARMFUL_TRADITIONAL_PRACTICE);
        }
        return flags;
    }
}
