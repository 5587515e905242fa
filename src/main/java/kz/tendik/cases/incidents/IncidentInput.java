package kz.tendik.cases.incidents;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import kz.tendik.cases.incident.AbductionType;
import kz.tendik.cases.incident.AgeGroup;
import kz.tendik.cases.incident.GbvType;
import kz.tendik.cases.incident.HarmfulTraditionalPractice;
import kz.tendik.cases.incident.LocationType;
import kz.tendik.cases.incident.Relationship;
import kz.tendik.cases.incident.ReportedElsewhere;
import kz.tendik.cases.incident.TimeOfDay;
import kz.tendik.cases.survivor.Sex;

/** An incident draft that passed validation: typed values, the classification decided. */
record IncidentInput(LocalDate incidentDate, LocalDate reportDate, TimeOfDay timeOfDay, String regionCode,
                     String district, LocationType locationType, Map<GbvType, Boolean> answers, GbvType type,
                     HarmfulTraditionalPractice harmfulPractice, boolean moneyOrGoodsExchanged,
                     AbductionType abduction, ReportedElsewhere reportedElsewhere, Boolean priorGbv,
                     ReferredFrom referredFrom, LegalActionWish wantsLegalAction, String narrative,
                     List<Perpetrator> perpetrators) {

    record Perpetrator(boolean primary, Relationship relationship, Sex sex, AgeGroup ageGroup,
                       PerpetratorOccupation occupation, Boolean priorViolence, String name, String notes) {
    }

    /** The input a stored incident was recorded with (its narrative and names only when the view has them). */
    static IncidentInput of(IncidentView v) {
        return new IncidentInput(v.incidentDate(), v.reportDate(), v.timeOfDay(), v.regionCode(), v.district(),
                v.locationType(), v.answers(), v.gbvType(), v.harmfulPractice(), v.moneyOrGoodsExchanged(),
                v.abduction(), v.reportedElsewhere(), v.priorGbv(), v.referredFrom(), v.wantsLegalAction(),
                v.narrative(), v.perpetrators().stream().map(p -> new Perpetrator(p.primary(), p.relationship(),
                        p.sex(), p.ageGroup(), p.occupation(), p.priorViolence(), p.name(), p.notes())).toList());
    }

    List<Relationship> relationships() {
        return perpetrators.stream().map(Perpetrator::relationship).toList();
    }
}
