package kz.tendik.cases.incidents;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import kz.tendik.cases.incident.AbductionType;
import kz.tendik.cases.incident.AgeGroup;
import kz.tendik.cases.incident.CaseContextFlag;
import kz.tendik.cases.incident.GbvType;
import kz.tendik.cases.incident.HarmfulTraditionalPractice;
import kz.tendik.cases.incident.LawForm;
import kz.tendik.cases.incident.LocationType;
import kz.tendik.cases.incident.Relationship;
import kz.tendik.cases.incident.ReportedElsewhere;
import kz.tendik.cases.incident.ReportingDelay;
import kz.tendik.cases.incident.TimeOfDay;
import kz.tendik.cases.survivor.Sex;

/** An incident as its page and the API show it to those who reach the case (narrative and names decrypted). */
public record IncidentView(long id, long caseId, int version, LocalDate incidentDate, LocalDate reportDate,
                           TimeOfDay timeOfDay, String regionCode, String district, LocationType locationType,
                           Map<GbvType, Boolean> answers, GbvType gbvType, LawForm lawForm,
                           HarmfulTraditionalPractice harmfulPractice, boolean moneyOrGoodsExchanged,
                           AbductionType abduction, ReportedElsewhere reportedElsewhere, Boolean priorGbv,
                           ReferredFrom referredFrom, LegalActionWish wantsLegalAction, AgeGroup survivorAgeGroup,
                           Sex survivorSex,
                           Set<CaseContextFlag> contextFlags, ReportingDelay reportingDelay, String narrative,
                           List<PerpetratorView> perpetrators, Instant createdAt, Instant updatedAt) {

    public record PerpetratorView(long id, boolean primary, Relationship relationship, Sex sex, AgeGroup ageGroup,
                                  PerpetratorOccupation occupation, Boolean priorViolence, String name,
                                  String notes) {
    }

    /** A line of the case page's list: no narrative, no names. */
    public record Summary(long id, LocalDate incidentDate, GbvType gbvType, Set<CaseContextFlag> contextFlags,
                          ReportingDelay reportingDelay, LocationType locationType) {
    }
}
