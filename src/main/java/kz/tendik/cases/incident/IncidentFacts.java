package kz.tendik.cases.incident;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;

/**
 * What an incident records that the case-context flags are derived from.
 *
 * @param type                  the GBVIMS type
 * @param survivorAgeAtIncident full years at the incident, {@code null} when not known
 * @param relationships         each alleged perpetrator's relationship to the survivor
 * @param moneyOrGoodsExchanged whether money, goods, benefits or services were exchanged
 * @param abduction             abduction at the time of the incident
 * @param harmfulPractice       whether the incident was a harmful traditional practice
 */
public record IncidentFacts(GbvType type, Integer survivorAgeAtIncident, List<Relationship> relationships,
                            boolean moneyOrGoodsExchanged, AbductionType abduction,
                            HarmfulTraditionalPractice harmfulPractice) {

    public IncidentFacts {
        if (type == null) {
            throw new IllegalArgumentException("an incident has a type");
        }
        relationships = relationships == null ? List.of() : List.copyOf(relationships);
        abduction = abduction == null ? AbductionType.NONE : abduction;
        harmfulPractice = harmfulPractice == null ? HarmfulTraditionalPractice.NO : harmfulPractice;
    }

    /** Full years between a date of birth and the incident date; {@code null} when either is unknown. */
    public static Integer ageAt(LocalDate dateOfBirth, LocalDate incidentDate) {
        if (dateOfBirth == null || incidentDate == null) {
            return null;
        }
        if (incidentDate.isBefore(dateOfBirth)) {
            throw new IllegalArgumentException("the incident cannot precede the birth");
        }
        return Period.between(dateOfBirth, incidentDate).getYears();
    }

    boolean survivorIsAChild() {
        return survivorAgeAtIncident != null && survivorAgeAtIncident < 18;
    }
}
