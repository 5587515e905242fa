package kz.tendik.cases.incidents;

import java.time.LocalDate;
import java.util.Set;

import kz.tendik.cases.incident.AgeGroup;
import kz.tendik.cases.incident.CaseContext;
import kz.tendik.cases.incident.CaseContextFlag;
import kz.tendik.cases.incident.GbvType;
import kz.tendik.cases.incident.IncidentFacts;
import kz.tendik.cases.incident.LawForm;
import kz.tendik.cases.incident.ReportingDelay;
import kz.tendik.cases.survivor.Sex;
import kz.tendik.cases.survivor.SurvivorProfile;

/** What the rules derive from an incident's input and the survivor: stored beside the input, never typed in. */
record Derived(GbvType type, LawForm lawForm, AgeGroup survivorAgeGroup, Sex survivorSex,
               Set<CaseContextFlag> flags, ReportingDelay delay) {

    /**
     * The facts of the incident for this survivor: her age group at the incident date (from the date of birth, or
     * the age as of the day it was recorded), her sex, the case context and the reporting delay. The incident must
     * not precede her birth ({@link #precedesBirth}).
     */
    static Derived of(SurvivorProfile survivor, IncidentInput input) {
        Integer age = survivor.ageOn(input.incidentDate()).orElse(null);
        IncidentFacts facts = new IncidentFacts(input.type(), age, input.relationships(),
                input.moneyOrGoodsExchanged(), input.abduction(), input.harmfulPractice());
        return new Derived(input.type(), input.type().lawForm().orElse(null), AgeGroup.of(age), survivor.sex(),
                CaseContext.flags(facts), ReportingDelay.between(input.incidentDate(), input.reportDate()));
    }

    /** Whether an incident on {@code day} would precede the survivor's birth (by her date of birth or her age). */
    static boolean precedesBirth(SurvivorProfile survivor, LocalDate day) {
        Integer age = survivor.ageOn(day).orElse(null);
        return (age != null && age < 0) || (survivor.dateOfBirth() != null && day.isBefore(survivor.dateOfBirth()));
    }
}
