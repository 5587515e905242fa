package kz.tendik.cases.incidents;

import java.util.List;
import java.util.Map;

/**
 * An incident as a caseworker enters it (page or API): every code is text so that an unknown value is named with
 * every other invalid field at once. Derived facts (type, law form, flags, delay, survivor's age group) are not
 * part of it: the rules compute them.
 *
 * @param version  the version read, required to change an incident (a stale one answers 409)
 * @param answers  the GBVIMS questions answered, keyed by the type each asks about ("RAPE": false, ...)
 * @param wantsLegalAction whether the survivor wants to pursue legal action, a {@link LegalActionWish} code (optional)
 */
public record IncidentDraft(Integer version, String incidentDate, String reportDate, String timeOfDay,
                            String regionCode, String district, String locationType, Map<String, Boolean> answers,
                            String harmfulPractice, Boolean moneyOrGoodsExchanged, String abduction,
                            String reportedElsewhere, Boolean priorGbv, String referredFrom, String wantsLegalAction,
                            String narrative, List<PerpetratorDraft> perpetrators) {

    /** An alleged perpetrator; {@code name} and {@code notes} are personal and stored encrypted. */
    public record PerpetratorDraft(Boolean primary, String relationship, String sex, String ageGroup,
                                   String occupation, Boolean priorViolence, String name, String notes) {
    }
}
