package kz.tendik.cases.incidents;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import kz.tendik.cases.incident.AbductionType;
import kz.tendik.cases.incident.AgeGroup;
import kz.tendik.cases.incident.GbvClassification;
import kz.tendik.cases.incident.GbvType;
import kz.tendik.cases.incident.HarmfulTraditionalPractice;
import kz.tendik.cases.incident.IncidentDates;
import kz.tendik.cases.incident.LocationType;
import kz.tendik.cases.incident.Relationship;
import kz.tendik.cases.incident.ReportedElsewhere;
import kz.tendik.cases.incident.TimeOfDay;
import kz.tendik.cases.survivor.Sex;
import kz.tendik.shared.web.UserInputException;
import kz.tendik.shared.web.UserInputException.FieldProblem;

/**
 * Turns a draft into typed input or names every invalid field at once: dates (missing, malformed, in the future,
 * the report before the incident), unknown codes, an incomplete classification, no perpetrator or not exactly one
 * primary, texts too long.
 */
final class IncidentValidation {

    static final int NARRATIVE_MAX = 20_000;
    static final int DISTRICT_MAX = 100;
    static final int NAME_MAX = 200;
    static final int NOTES_MAX = 2_000;
    static final int PERPETRATORS_MAX = 20;

    private final List<FieldProblem> problems = new ArrayList<>();

    private IncidentValidation() {
    }

    /** The typed input; {@code regionExists} checks the region code, {@code today} is Kazakhstan's date. */
    static IncidentInput validate(IncidentDraft draft, Predicate<String> regionExists, LocalDate today) {
        return new IncidentValidation().check(draft, regionExists, today);
    }

    private IncidentInput check(IncidentDraft d, Predicate<String> regionExists, LocalDate today) {
        LocalDate incidentDate = date(IncidentDates.INCIDENT_DATE, d.incidentDate());
        LocalDate reportDate = date(IncidentDates.REPORT_DATE, d.reportDate());
        boolean datesParsed = !hasProblem(IncidentDates.INCIDENT_DATE) && !hasProblem(IncidentDates.REPORT_DATE);
        if (datesParsed) {
            problems.addAll(IncidentDates.problems(incidentDate, reportDate, today));
        } else {
            if (!hasProblem(IncidentDates.INCIDENT_DATE) && incidentDate != null && incidentDate.isAfter(today)) {
                problems.add(new FieldProblem(IncidentDates.INCIDENT_DATE, "cases.incident.dateInFuture"));
            }
            if (!hasProblem(IncidentDates.REPORT_DATE) && reportDate != null && reportDate.isAfter(today)) {
                problems.add(new FieldProblem(IncidentDates.REPORT_DATE, "cases.incident.dateInFuture"));
            }
        }
        TimeOfDay timeOfDay = required("timeOfDay", TimeOfDay.class, d.timeOfDay());
        String region = d.regionCode() == null ? null : d.regionCode().strip().toUpperCase();
        if (region == null || region.isEmpty()) {
            problems.add(new FieldProblem("regionCode", "validation.required"));
        } else if (!regionExists.test(region)) {
            problems.add(new FieldProblem("regionCode", "validation.invalidValue"));
        }
        String district = blankToNull(d.district());
        if (district != null && district.length() > DISTRICT_MAX) {
            problems.add(new FieldProblem("district", "validation.tooLong"));
        }
        LocationType locationType = required("locationType", LocationType.class, d.locationType());
        Map<GbvType, Boolean> answers = answers(d.answers());
        GbvType type = answers == null ? null : GbvClassification.of(answers).type().orElse(null);
        if (answers != null && type == null) {
            problems.add(new FieldProblem("answers", "cases.incident.classificationIncomplete"));
        }
        HarmfulTraditionalPractice practice = optional("harmfulPractice", HarmfulTraditionalPractice.class,
                d.harmfulPractice(), HarmfulTraditionalPractice.NO);
        AbductionType abduction = optional("abduction", AbductionType.class, d.abduction(), AbductionType.NONE);
        ReportedElsewhere elsewhere = optional("reportedElsewhere", ReportedElsewhere.class, d.reportedElsewhere(),
                ReportedElsewhere.NO);
        ReferredFrom referredFrom = optional("referredFrom", ReferredFrom.class, d.referredFrom(), null);
        LegalActionWish legalAction = optional("wantsLegalAction", LegalActionWish.class, d.wantsLegalAction(), null);
        String narrative = blankToNull(d.narrative());
        if (narrative != null && narrative.length() > NARRATIVE_MAX) {
            problems.add(new FieldProblem("narrative", "validation.tooLong"));
        }
        List<IncidentInput.Perpetrator> perpetrators = perpetrators(d.perpetrators());
        if (!problems.isEmpty()) {
            throw new UserInputException(problems);
        }
        return new IncidentInput(incidentDate, reportDate, timeOfDay, region, district, locationType, answers, type,
                practice, Boolean.TRUE.equals(d.moneyOrGoodsExchanged()), abduction, elsewhere, d.priorGbv(),
                referredFrom, legalAction, narrative, perpetrators);
    }

    private Map<GbvType, Boolean> answers(Map<String, Boolean> given) {
        if (given == null || given.values().stream().allMatch(java.util.Objects::isNull)) {
            problems.add(new FieldProblem("answers", "cases.incident.classificationIncomplete"));
            return null;
        }
        Map<GbvType, Boolean> answers = new EnumMap<>(GbvType.class);
        boolean known = true;
        for (Map.Entry<String, Boolean> answer : given.entrySet()) {
            GbvType type = parse(GbvType.class, answer.getKey());
            if (type == null || !type.isGbv()) {
                problems.add(new FieldProblem("answers." + answer.getKey(), "cases.incident.unknownQuestion"));
                known = false;
            } else if (answer.getValue() != null) {
                answers.put(type, answer.getValue());
            }
        }
        return known ? answers : null;
    }

    private List<IncidentInput.Perpetrator> perpetrators(List<IncidentDraft.PerpetratorDraft> drafts) {
        if (drafts == null || drafts.isEmpty()) {
            problems.add(new FieldProblem("perpetrators", "cases.incident.perpetratorRequired"));
            return List.of();
        }
        if (drafts.size() > PERPETRATORS_MAX) {
            problems.add(new FieldProblem("perpetrators", "cases.incident.tooManyPerpetrators"));
            return List.of();
        }
        List<IncidentInput.Perpetrator> result = new ArrayList<>();
        long primaries = drafts.stream().filter(p -> p != null && Boolean.TRUE.equals(p.primary())).count();
        boolean onlyOne = drafts.size() == 1 && drafts.get(0) != null && drafts.get(0).primary() == null;
        if (primaries != 1 && !onlyOne) {
            problems.add(new FieldProblem("perpetrators", "cases.incident.onePrimary"));
        }
        for (int i = 0; i < drafts.size(); i++) {
            IncidentDraft.PerpetratorDraft p = drafts.get(i);
            String at = "perpetrators[" + i + "].";
            if (p == null) {
                problems.add(new FieldProblem(at + "relationship", "validation.required"));
                continue;
            }
            Relationship relationship = required(at + "relationship", Relationship.class, p.relationship());
            Sex sex = optional(at + "sex", Sex.class, p.sex(), null);
            AgeGroup ageGroup = optional(at + "ageGroup", AgeGroup.class, p.ageGroup(), AgeGroup.UNKNOWN);
            PerpetratorOccupation occupation = optional(at + "occupation", PerpetratorOccupation.class,
                    p.occupation(), PerpetratorOccupation.UNKNOWN);
            String name = blankToNull(p.name());
            if (name != null && name.length() > NAME_MAX) {
                problems.add(new FieldProblem(at + "name", "validation.tooLong"));
            }
            String notes = blankToNull(p.notes());
            if (notes != null && notes.length() > NOTES_MAX) {
                problems.add(new FieldProblem(at + "notes", "validation.tooLong"));
            }
            result.add(new IncidentInput.Perpetrator(Boolean.TRUE.equals(p.primary()) || onlyOne, relationship, sex,
                    ageGroup, occupation, p.priorViolence(), name, notes));
        }
        return result;
    }

    private LocalDate date(String field, String text) {
        if (text == null || text.isBlank()) {
            problems.add(new FieldProblem(field, "validation.required"));
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem(field, "cases.incident.notADate"));
            return null;
        }
    }

    private <E extends Enum<E>> E required(String field, Class<E> type, String code) {
        if (code == null || code.isBlank()) {
            problems.add(new FieldProblem(field, "validation.required"));
            return null;
        }
        return optional(field, type, code, null);
    }

    private <E extends Enum<E>> E optional(String field, Class<E> type, String code, E otherwise) {
        if (code == null || code.isBlank()) {
            return otherwise;
        }
        E value = parse(type, code);
        if (value == null) {
            problems.add(new FieldProblem(field, "validation.invalidValue"));
        }
        return value;
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String code) {
        try {
            return Enum.valueOf(type, code.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private boolean hasProblem(String field) {
        return problems.stream().anyMatch(p -> field.equals(p.field()));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
