package kz.tendik.cases.incidents;

import java.util.Set;

import kz.tendik.cases.incident.AgeGroup;
import kz.tendik.cases.incident.CaseContextFlag;
import kz.tendik.cases.incident.GbvType;
import kz.tendik.cases.incident.LawForm;
import kz.tendik.cases.incident.ReportingDelay;
import kz.tendik.cases.survivor.Sex;

/** What the rules derive from an incident's input and the survivor: stored beside the input, never typed in. */
record Derived(GbvType type, LawForm lawForm, AgeGroup survivorAgeGroup, Sex survivorSex,
               Set<CaseContextFlag> flags, ReportingDelay delay) {
}
