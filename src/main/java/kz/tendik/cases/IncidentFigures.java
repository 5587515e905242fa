package kz.tendik.cases;

import java.util.List;
import java.util.Set;

/**
 * The non-identifying facts of an incident, as the statistics module may see them: codes, months and bins only —
 * never a name, a date of birth, an exact date, a place below the district's region, or any free text. Codes are
 * the names of the enums in {@code kz.tendik.cases.incident} and {@code kz.tendik.cases.incidents} (e.g.
 * {@code "RAPE"}, {@code "AGE_18_25"}, {@code "POLICE"}).
 *
 * @param incidentId          the incident's id (an opaque number; it identifies no person outside the case file)
 * @param incidentMonth       month of the incident, {@code "2026-11"}
 * @param reportMonth         month of the report (interview), {@code "2026-11"}
 * @param lawForm             the form under Kazakhstan's law; {@code null} for non-GBV
 * @param survivorSex         {@code null} when not recorded
 * @param survivorMaritalStatus the survivor's marital status when the incident was recorded or changed
 *                            ({@code "MARRIED_OR_COHABITING"}); {@code null} when not asked
 * @param survivorDisability  the survivor has a disability; {@code null} when not asked
 * @param referredFrom        who referred the survivor (the GBVIMS "referred from", a {@code ReferredFrom} code);
 *                            {@code null} when not recorded
 * @param consentToStatistics the case's latest consent to anonymous statistics was given
 */
public record IncidentFigures(long incidentId, long centreId, String regionCode, String incidentMonth,
                              String reportMonth, String gbvType, String lawForm, String timeOfDay,
                              String survivorAgeGroup, String survivorSex, String survivorMaritalStatus,
                              Boolean survivorDisability, Set<String> contextFlags,
                              String reportingDelay, String locationType, List<Perpetrator> perpetrators,
                              String reportedElsewhere, Boolean priorGbv, String referredFrom,
                              boolean consentToStatistics) {

    public IncidentFigures {
        contextFlags = Set.copyOf(contextFlags);
        perpetrators = List.copyOf(perpetrators);
    }

    /**
     * An alleged perpetrator, reduced to what the GBVIMS tables count: never a name or the notes.
     *
     * @param occupation    a {@code PerpetratorOccupation} category code ({@code "UNKNOWN"} when not known), never a
     *                      job title
     * @param priorViolence this person was violent before; {@code null} when not known
     */
    public record Perpetrator(boolean primary, String relationship, String ageGroup, String sex, String occupation,
                              Boolean priorViolence) {
    }
}
