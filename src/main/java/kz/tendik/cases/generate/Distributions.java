package kz.tendik.cases.generate;

import static kz.tendik.cases.incident.Relationship.ACQUAINTANCE;
import static kz.tendik.cases.incident.Relationship.CHILD;
import static kz.tendik.cases.incident.Relationship.EMPLOYER_OR_SUPERVISOR;
import static kz.tendik.cases.incident.Relationship.FORMER_PARTNER;
import static kz.tendik.cases.incident.Relationship.FORMER_SPOUSE;
import static kz.tendik.cases.incident.Relationship.HOUSEMATE_OR_LANDLORD;
import static kz.tendik.cases.incident.Relationship.NEIGHBOUR_OR_FAMILY_FRIEND;
import static kz.tendik.cases.incident.Relationship.NO_RELATION;
import static kz.tendik.cases.incident.Relationship.OTHER_RELATIVE;
import static kz.tendik.cases.incident.Relationship.PARENT_IN_LAW;
import static kz.tendik.cases.incident.Relationship.PARENT_OR_CAREGIVER;
import static kz.tendik.cases.incident.Relationship.PARTNER;
import static kz.tendik.cases.incident.Relationship.SCHOOLMATE;
import static kz.tendik.cases.incident.Relationship.SIBLING;
import static kz.tendik.cases.incident.Relationship.SPOUSE;
import static kz.tendik.cases.incident.Relationship.STEP_PARENT;
import static kz.tendik.cases.incident.Relationship.TEACHER_OR_SCHOOL_STAFF;
import static kz.tendik.cases.incident.Relationship.UNKNOWN;

import java.util.List;

import kz.tendik.cases.casefile.FamilyCategory;
import kz.tendik.cases.incident.AgeGroup;
import kz.tendik.cases.incident.GbvType;
import kz.tendik.cases.incident.HarmfulTraditionalPractice;
import kz.tendik.cases.incident.LocationType;
import kz.tendik.cases.incident.Relationship;
import kz.tendik.cases.incident.ReportedElsewhere;
import kz.tendik.cases.incident.TimeOfDay;
import kz.tendik.cases.incidents.PerpetratorOccupation;
import kz.tendik.cases.incidents.ReferredFrom;
import kz.tendik.cases.survivor.DisplacementStatus;
import kz.tendik.cases.survivor.MaritalStatus;

/**
 * The shares the generator draws from. They are plausible for family support centres in Kazakhstan, not
 * statistics: most violence is by a current or former husband or partner, at home, in the evening; most survivors
 * are women aged 26–40; many report late. Regions are weighted by population ({@code region-population.csv}).
 */
final class Distributions {

    private Distributions() {
    }

    /** The survivor's age group when the case is opened. */
    static final Weighted<AgeGroup> SURVIVOR_AGE = Weighted.of(
            AgeGroup.AGE_0_11, 3, AgeGroup.AGE_12_17, 5, AgeGroup.AGE_18_25, 17, AgeGroup.AGE_26_40, 43,
            AgeGroup.AGE_41_60, 25, AgeGroup.AGE_61_PLUS, 7);

    /** Share of survivors who are men (mostly elderly fathers and young sons in the statistics of the centres). */
    static final double MALE_SURVIVOR = 0.07;

    static final Weighted<GbvType> ADULT_TYPE = Weighted.of(
            GbvType.PHYSICAL_ASSAULT, 45, GbvType.PSYCHOLOGICAL_ABUSE, 32, GbvType.DENIAL_OF_RESOURCES, 10,
            GbvType.SEXUAL_ASSAULT, 4, GbvType.RAPE, 4, GbvType.FORCED_MARRIAGE, 2, GbvType.NON_GBV, 3);

    static final Weighted<GbvType> CHILD_TYPE = Weighted.of(
            GbvType.PHYSICAL_ASSAULT, 40, GbvType.PSYCHOLOGICAL_ABUSE, 25, GbvType.SEXUAL_ASSAULT, 12,
            GbvType.RAPE, 8, GbvType.DENIAL_OF_RESOURCES, 3, GbvType.FORCED_MARRIAGE, 5, GbvType.NON_GBV, 7);

    /** The primary perpetrator of an adult (18–60): about 72 % a current or former husband or partner. */
    static final Weighted<Relationship> ADULT_RELATIONSHIP = Weighted.of(
            SPOUSE, 48, FORMER_SPOUSE, 11, PARTNER, 8, FORMER_PARTNER, 5, PARENT_IN_LAW, 5, CHILD, 3, SIBLING, 3,
            OTHER_RELATIVE, 4, PARENT_OR_CAREGIVER, 3, NEIGHBOUR_OR_FAMILY_FRIEND, 2, ACQUAINTANCE, 3,
            EMPLOYER_OR_SUPERVISOR, 1, HOUSEMATE_OR_LANDLORD, 1, NO_RELATION, 2, UNKNOWN, 1);

    static final Weighted<Relationship> CHILD_RELATIONSHIP = Weighted.of(
            PARENT_OR_CAREGIVER, 45, STEP_PARENT, 15, SIBLING, 8, OTHER_RELATIVE, 10, TEACHER_OR_SCHOOL_STAFF, 3,
            SCHOOLMATE, 6, ACQUAINTANCE, 5, NEIGHBOUR_OR_FAMILY_FRIEND, 4, PARTNER, 2, NO_RELATION, 2);

    static final Weighted<Relationship> ELDER_RELATIONSHIP = Weighted.of(
            CHILD, 45, SPOUSE, 25, OTHER_RELATIVE, 10, SIBLING, 5, NEIGHBOUR_OR_FAMILY_FRIEND, 5, FORMER_SPOUSE, 3,
            HOUSEMATE_OR_LANDLORD, 3, ACQUAINTANCE, 2, NO_RELATION, 2);

    /** Further perpetrators (a mother-in-law beside the husband, a brother ...): 0, 1 or 2 more. */
    static final Weighted<Integer> EXTRA_PERPETRATORS = Weighted.of(0, 88, 1, 10, 2, 2);

    static final Weighted<Relationship> SECONDARY_RELATIONSHIP = Weighted.of(
            PARENT_IN_LAW, 40, OTHER_RELATIVE, 25, SIBLING, 15, ACQUAINTANCE, 10, CHILD, 10);

    static final Weighted<TimeOfDay> TIME_OF_DAY = Weighted.of(
            TimeOfDay.EVENING_OR_NIGHT, 58, TimeOfDay.AFTERNOON, 22, TimeOfDay.MORNING, 14, TimeOfDay.UNKNOWN, 6);

    static final Weighted<LocationType> LOCATION = Weighted.of(
            LocationType.SHARED_HOME, 62, LocationType.SURVIVOR_HOME, 10, LocationType.PERPETRATOR_HOME, 5,
            LocationType.RELATIVES_HOME, 6, LocationType.STREET_OR_ROAD, 6, LocationType.PUBLIC_PLACE, 3,
            LocationType.WORKPLACE, 2, LocationType.ONLINE, 2, LocationType.PUBLIC_TRANSPORT_OR_VEHICLE, 1,
            LocationType.SCHOOL_OR_COLLEGE, 1, LocationType.OTHER, 1, LocationType.UNKNOWN, 1);

    /** Days from the incident to the report, as the GBVIMS bins: many come only after a month or more. */
    enum Delay {
        DAYS_0_3(0, 3), DAYS_4_5(4, 5), DAYS_6_14(6, 14), DAYS_15_30(15, 28), OVER_A_MONTH(32, 730);

        final int from;
        final int to;

        Delay(int from, int to) {
            this.from = from;
            this.to = to;
        }
    }

    static final Weighted<Delay> DELAY = Weighted.of(
            Delay.DAYS_0_3, 40, Delay.DAYS_4_5, 8, Delay.DAYS_6_14, 14, Delay.DAYS_15_30, 12, Delay.OVER_A_MONTH, 26);

    static final Weighted<ReportedElsewhere> REPORTED_ELSEWHERE = Weighted.of(
            ReportedElsewhere.NO, 55, ReportedElsewhere.OTHER_ORGANISATION, 40,
            ReportedElsewhere.PARTICIPATING_ORGANISATION, 5);

    static final Weighted<ReferredFrom> REFERRED_FROM = Weighted.of(
            ReferredFrom.POLICE, 35, ReferredFrom.SELF, 25, ReferredFrom.HEALTH, 8, ReferredFrom.HOTLINE, 8,
            ReferredFrom.AKIMAT_OR_GOVERNMENT, 8, ReferredFrom.NGO_OR_COMMUNITY, 5, ReferredFrom.SCHOOL, 3,
            ReferredFrom.PSYCHOSOCIAL, 3, ReferredFrom.LEGAL_AID, 2, ReferredFrom.SHELTER_OR_CRISIS_CENTRE, 2,
            ReferredFrom.OTHER, 1);

    /**
     * Whether she wants legal action, asked at the first interview (decision 0031): most have not decided yet or say
     * no (fear of the perpetrator, a shared home and children, money, relatives pressing for reconciliation), about a
     * fifth say yes; one in ten was not asked. Police-referred survivors ({@link #legalActionFor}) come with a
     * report already made, and more of them say yes.
     */
    static final Weighted<String> LEGAL_ACTION = Weighted.of("UNDECIDED", 40, "NO", 30, "YES", 20, "NOT_ASKED", 10);

    static final Weighted<String> LEGAL_ACTION_AFTER_POLICE = Weighted.of(
            "UNDECIDED", 33, "NO", 20, "YES", 37, "NOT_ASKED", 10);

    /** Prior violence: known yes, known no, not known. */
    static final Weighted<String> PRIOR_GBV = Weighted.of("YES", 60, "NO", 25, "NOT_KNOWN", 15);

    static final Weighted<PerpetratorOccupation> OCCUPATION = Weighted.of(
            PerpetratorOccupation.EMPLOYED, 38, PerpetratorOccupation.UNEMPLOYED, 24,
            PerpetratorOccupation.SELF_EMPLOYED, 14, PerpetratorOccupation.PENSIONER, 6,
            PerpetratorOccupation.CIVIL_SERVANT, 4, PerpetratorOccupation.MILITARY_OR_POLICE, 2,
            PerpetratorOccupation.STUDENT, 2, PerpetratorOccupation.OTHER, 3, PerpetratorOccupation.UNKNOWN, 7);

    /** Harmful practices are rare; bride kidnapping is the one centres in Kazakhstan see. */
    static final Weighted<HarmfulTraditionalPractice> PRACTICE = Weighted.of(
            HarmfulTraditionalPractice.NO, 97, HarmfulTraditionalPractice.BRIDE_KIDNAPPING, 2,
            HarmfulTraditionalPractice.EARLY_MARRIAGE, 0.5, HarmfulTraditionalPractice.OTHER, 0.5);

    static final Weighted<FamilyCategory> FAMILY_CATEGORY = Weighted.of(
            FamilyCategory.A, 10, FamilyCategory.B, 20, FamilyCategory.C, 35, FamilyCategory.D, 25,
            FamilyCategory.E, 10);

    /** An adult (18–60) survivor's marital status: most come because of a husband or partner they live with. */
    static final Weighted<MaritalStatus> ADULT_MARITAL_STATUS = Weighted.of(
            MaritalStatus.MARRIED_OR_COHABITING, 62, MaritalStatus.DIVORCED_OR_SEPARATED, 20, MaritalStatus.SINGLE, 14,
            MaritalStatus.WIDOWED, 4);

    static final Weighted<MaritalStatus> ELDER_MARITAL_STATUS = Weighted.of(
            MaritalStatus.MARRIED_OR_COHABITING, 40, MaritalStatus.WIDOWED, 40, MaritalStatus.DIVORCED_OR_SEPARATED, 15,
            MaritalStatus.SINGLE, 5);

    static final Weighted<MaritalStatus> CHILD_MARITAL_STATUS = Weighted.of(MaritalStatus.SINGLE, 1);

    /** A citizen's migration status: about 4 % moved from another region, a few are kandas with citizenship. */
    static final Weighted<DisplacementStatus> CITIZEN_DISPLACEMENT = Weighted.of(
            DisplacementStatus.RESIDENT, 93.5, DisplacementStatus.INTERNAL_MIGRANT, 4.2, DisplacementStatus.KANDAS, 2.3);

    /** Someone without Kazakhstan's citizenship: kandas on the way to it, foreign workers, rarely the rest. */
    static final Weighted<DisplacementStatus> FOREIGNER_DISPLACEMENT = Weighted.of(
            DisplacementStatus.KANDAS, 45, DisplacementStatus.FOREIGN_NATIONAL, 40, DisplacementStatus.STATELESS, 7,
            DisplacementStatus.ASYLUM_SEEKER, 5, DisplacementStatus.REFUGEE, 3);

    /** Has a disability: yes, no, not asked (elderly survivors far more often). */
    static final Weighted<String> DISABILITY = Weighted.of("YES", 7, "NO", 89, "NOT_ASKED", 4);

    static final Weighted<String> ELDER_DISABILITY = Weighted.of("YES", 25, "NO", 71, "NOT_ASKED", 4);

    /** How a disability is described when it is. */
    static final List<String> DISABILITY_DESCRIPTIONS = List.of("Инвалидность II группы", "Инвалидность III группы",
            "Нарушение слуха", "Нарушение зрения", "Нарушение опорно-двигательного аппарата, передвигается с тростью",
            "Мүгедектігі бар, II топ", "Нашар көреді");

    /** Incidents of a case beyond the first are drawn from this (mean about 4); the total is then matched. */
    static final double EXTRA_INCIDENTS_MEAN = 4.0;

    /** The relationship table for a survivor of this age at the incident. */
    static Weighted<Relationship> relationshipsFor(int age) {
        return age < 18 ? CHILD_RELATIONSHIP : age > 60 ? ELDER_RELATIONSHIP : ADULT_RELATIONSHIP;
    }

    static Weighted<MaritalStatus> maritalStatusFor(int age) {
        return age < 18 ? CHILD_MARITAL_STATUS : age > 60 ? ELDER_MARITAL_STATUS : ADULT_MARITAL_STATUS;
    }

    static Weighted<String> disabilityFor(int age) {
        return age > 60 ? ELDER_DISABILITY : DISABILITY;
    }

    /** The legal-action answers of a survivor referred by {@code from}. */
    static Weighted<String> legalActionFor(ReferredFrom from) {
        return from == ReferredFrom.POLICE ? LEGAL_ACTION_AFTER_POLICE : LEGAL_ACTION;
    }

    static Weighted<GbvType> typesFor(int age) {
        return age < 18 ? CHILD_TYPE : ADULT_TYPE;
    }
}
