package kz.tendik.cases.generate;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.stream.Collectors;

import kz.tendik.cases.casefile.CaseEventType;
import kz.tendik.cases.casefile.ConsentPurpose;
import kz.tendik.cases.generate.CaseGenerator.BatchPlan;
import kz.tendik.cases.generate.CaseGenerator.CasePlan;
import kz.tendik.cases.generate.CaseGenerator.Context;
import kz.tendik.cases.generate.GenerationSpec.Centre;
import kz.tendik.cases.incident.AbductionType;
import kz.tendik.cases.incident.AgeGroup;
import kz.tendik.cases.incident.CaseContext;
import kz.tendik.cases.incident.GbvClassification;
import kz.tendik.cases.incident.GbvType;
import kz.tendik.cases.incident.HarmfulTraditionalPractice;
import kz.tendik.cases.incident.IncidentFacts;
import kz.tendik.cases.incident.Relationship;
import kz.tendik.cases.incident.ReportingDelay;
import kz.tendik.cases.incidents.IncidentColumns;
import kz.tendik.cases.incidents.ReferredFrom;
import kz.tendik.cases.measure.MeasureDraft;
import kz.tendik.cases.measure.MeasureType;
import kz.tendik.cases.measure.SpecialCondition;
import kz.tendik.cases.risk.RiskAnswer;
import kz.tendik.cases.risk.RiskAssessmentResult;
import kz.tendik.cases.risk.RiskQuestion;
import kz.tendik.cases.risk.RiskScoring;
import kz.tendik.cases.safety.SafetyColumns;
import kz.tendik.cases.safety.SafetyPlanContent;
import kz.tendik.cases.support.CaseColumns;
import kz.tendik.cases.task.TaskKind;
import kz.tendik.cases.survivor.ChannelKind;
import kz.tendik.cases.survivor.ContactChannel;
import kz.tendik.cases.survivor.DisplacementStatus;
import kz.tendik.cases.survivor.EmergencyContact;
import kz.tendik.cases.survivor.Sex;
import kz.tendik.cases.survivor.SurvivorProfile;
import kz.tendik.shared.crypto.IndexKind;
import org.apache.commons.rng.UniformRandomProvider;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds one batch: draws every value from the batch's own generator, encrypts the personal ones with their
 * column's associated data and the reserved row id, and writes the rows as COPY text, table by table in the order
 * the foreign keys need.
 */
final class BatchBuilder {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HexFormat HEX = HexFormat.of();

    /** One table's rows and where they go ({@code table (columns)}). */
    record Table(String name, String target, CopyText rows) {
    }

    record Built(List<Table> tables) {
    }

    /** A survivor as the cases of the batch need it. */
    private record Person(long id, Centre centre, LocalDate born, Sex sex, int children, String phone) {
    }

    private final Context context;
    private final BatchPlan plan;
    private final SplittableRandom random;
    private final UniformRandomProvider provider;
    private final Map<Object, Weighted.Sampler<?>> samplers = new java.util.HashMap<>();

    private final CopyText survivorRows;
    private final CopyText lookupRows;
    private final CopyText caseRows;
    private final CopyText assignmentRows;
    private final CopyText consentRows;
    private final CopyText eventRows;
    private final CopyText incidentRows;
    private final CopyText perpetratorRows;
    private final CopyText followUpRows;
    private final CopyText riskRows;
    private final CopyText planRows;
    private final CopyText measureRows;
    private final CopyText noteRows;

    private long nextIncident;
    private long nextPerpetrator;
    private long nextConsent;
    private long nextFollowUp;
    private long nextRisk;
    private long nextMeasure;
    private long nextNote;

    BatchBuilder(Context context, BatchPlan plan) {
        this.context = context;
        this.plan = plan;
        this.random = new SplittableRandom(plan.seed());
        this.provider = random::nextLong;
        int cases = plan.cases().size();
        int incidents = plan.cases().stream().mapToInt(CasePlan::incidents).sum();
        survivorRows = new CopyText(plan.survivors().size(), 1200);
        lookupRows = new CopyText(plan.survivors().size() * 5, 90);
        caseRows = new CopyText(cases, 200);
        assignmentRows = new CopyText(cases, 60);
        consentRows = new CopyText(cases * 2, 80);
        eventRows = new CopyText(cases * 4 + incidents, 60);
        incidentRows = new CopyText(incidents, 1100);
        perpetratorRows = new CopyText(incidents * 2, 120);
        followUpRows = new CopyText(cases, 250);
        riskRows = new CopyText(cases, 700);
        planRows = new CopyText(cases / 4, 1400);
        measureRows = new CopyText(cases / 4, 200);
        noteRows = new CopyText(cases, 300);
        nextIncident = plan.ids().incident();
        nextPerpetrator = plan.ids().perpetrator();
        nextConsent = plan.ids().consent();
        nextFollowUp = plan.ids().followUp();
        nextRisk = plan.ids().riskAssessment();
        nextMeasure = plan.ids().measure();
        nextNote = plan.ids().note();
    }

    Built build() {
        List<Person> people = new ArrayList<>(plan.survivors().size());
        for (int s = 0; s < plan.survivors().size(); s++) {
            people.add(survivor(plan.ids().survivor() + s, plan.survivors().get(s)));
        }
        for (int c = 0; c < plan.cases().size(); c++) {
            caseFile(plan.ids().caseFile() + c, plan.cases().get(c), people.get(plan.cases().get(c).survivor()));
        }
        return new Built(List.of(
                new Table("survivor", "survivor (id, centre_id, profile, created_by, created_at, updated_at)",
                        survivorRows),
                new Table("survivor_lookup", "survivor_lookup (survivor_id, kind, hash)", lookupRows),
                new Table("case_file", "case_file (id, case_number, survivor_id, centre_id, family_category, opened_at,"
                        + " opened_by, assessment_recorded, last_activity_at, last_incident_recorded_at, updated_at)",
                        caseRows),
                new Table("case_assignment", "case_assignment (case_id, user_id, lead, assigned_at)", assignmentRows),
                new Table("consent", "consent (id, case_id, purpose, referral_to, given, given_on, recorded_by,"
                        + " recorded_at)", consentRows),
                new Table("incident", "incident (id, case_id, incident_date, report_date, time_of_day, region_code,"
                        + " district, location_type, gbv_answers, gbv_type, law_form, harmful_practice,"
                        + " money_exchanged, abduction, reported_elsewhere, prior_gbv, referred_from,"
                        + " wants_legal_action, survivor_age_group, survivor_sex, context_flags, reporting_delay, narrative, created_by,"
                        + " created_at, updated_by, updated_at)", incidentRows),
                new Table("perpetrator", "perpetrator (id, incident_id, position, is_primary, relationship, sex,"
                        + " age_group, occupation, prior_violence, details)", perpetratorRows),
                new Table("risk_assessment", "risk_assessment (id, case_id, instrument_code, instrument_version,"
                        + " answers, score, scored_level, level, raise_reason, assessed_by, assessed_at)", riskRows),
                new Table("safety_plan", "safety_plan (case_id, plan, version, updated_by, updated_at)", planRows),
                new Table("protective_measure", "protective_measure (id, case_id, type, issuer, starts_at, ends_at,"
                        + " expires_at, conditions, police_reports_per_month, recorded_by, recorded_at)", measureRows),
                new Table("follow_up", "follow_up (id, case_id, title, kind, arguments, due_on, assigned_to, created_by,"
                        + " created_at)",
                        followUpRows),
                new Table("case_note", "case_note (id, case_id, body, written_by, written_at)", noteRows),
                new Table("case_event", "case_event (case_id, type, occurred_at, actor_id, ref_id)", eventRows)));
    }

    @SuppressWarnings("unchecked")
    private <T> T draw(Weighted<T> weighted) {
        return ((Weighted.Sampler<T>) samplers.computeIfAbsent(weighted, w -> weighted.sampler(provider))).next();
    }

    private boolean chance(double p) {
        return random.nextDouble() < p;
    }

    private Person survivor(long id, CaseGenerator.SurvivorPlan survivorPlan) {
        Centre centre = context.spec().centres().get(survivorPlan.centre());
        AgeGroup group = draw(Distributions.SURVIVOR_AGE);
        int age = switch (group) {
            case AGE_0_11 -> random.nextInt(3, 12);
            case AGE_61_PLUS -> random.nextInt(61, 86);
            default -> random.nextInt(lowerBound(group), upperBound(group) + 1);
        };
        LocalDate registered = survivorPlan.registeredOn();
        LocalDate born = registered.minusYears(age).minusDays(random.nextInt(365));
        Sex sex = chance(age < 18 ? 0.3 : 0.05) ? Sex.MALE : Sex.FEMALE;
        boolean citizen = chance(0.96);
        DisplacementStatus displacement = draw(citizen ? Distributions.CITIZEN_DISPLACEMENT
                : Distributions.FOREIGNER_DISPLACEMENT);
        boolean kazakh = displacement == DisplacementStatus.KANDAS || chance(kazakhShare(centre.regionCode()));
        SyntheticPeople.Name name = SyntheticPeople.fullName(random, sex, kazakh);
        String iin = citizen && chance(0.9) ? uniqueIin(born, sex) : null;
        String disability = draw(Distributions.disabilityFor(age));
        String phone = SyntheticPeople.phone(random);
        List<ContactChannel> contacts = new ArrayList<>();
        contacts.add(new ContactChannel(ChannelKind.PHONE, phone, chance(0.6), chance(0.5), chance(0.2)));
        if (chance(0.3)) {
            contacts.add(new ContactChannel(ChannelKind.WHATSAPP, phone, false, chance(0.7), false));
        }
        int children = age < 20 ? 0 : random.nextInt(0, 5);
        SurvivorProfile profile = new SurvivorProfile(name.cyrillic(), chance(0.5) ? name.latin() : null, iin, born,
                null, null, sex, draw(Distributions.maritalStatusFor(age)), displacement,
                kazakh ? (chance(0.7) ? List.of("kk", "ru") : List.of("kk")) : List.of("ru"),
                disability.equals("NOT_ASKED") ? null : disability.equals("YES"),
                disability.equals("YES") && chance(0.7)
                        ? SyntheticPeople.pick(random, Distributions.DISABILITY_DESCRIPTIONS) : null,
                citizen ? "KZ" : citizenship(displacement), children, contacts,
                chance(0.7) ? SyntheticPeople.address(random, centre.locality()) : null,
                chance(0.5) ? new EmergencyContact(chance(0.5) ? "Сестра" : "Мать",
                        chance(0.5) ? "sister" : "mother", SyntheticPeople.phone(random)) : null);
        Instant created = at(registered, 9, 18);
        long creator = centre.caseworkers().get(random.nextInt(centre.caseworkers().size()));
        survivorRows.add(id).add(centre.id()).add(context.survivors().encrypt(id, profile)).add(creator).add(created)
                .add(created).endRow();
        Set<String> seen = new HashSet<>();
        for (Map.Entry<IndexKind, byte[]> lookup : context.survivors().lookups(profile)) {
            if (seen.add(lookup.getKey() + HEX.formatHex(lookup.getValue()))) {
                lookupRows.add(id).add(lookup.getKey()).add(lookup.getValue()).endRow();
            }
        }
        return new Person(id, centre, born, sex, children, phone);
    }

    /** Where someone without Kazakhstan's citizenship is a citizen of ({@code null} for the stateless). */
    private String citizenship(DisplacementStatus displacement) {
        return switch (displacement) {
            case KANDAS -> SyntheticPeople.pick(random, List.of("UZ", "CN", "MN", "TM", "RU"));
            case REFUGEE, ASYLUM_SEEKER -> SyntheticPeople.pick(random, List.of("AF", "UA"));
            case STATELESS -> null;
            default -> SyntheticPeople.pick(random, List.of("UZ", "KG", "RU", "TJ"));
        };
    }

    /** An IIN no other generated survivor has (a clash of date and serial is drawn again). */
    private String uniqueIin(LocalDate born, Sex sex) {
        while (true) {
            String iin = SyntheticPeople.iin(random, born, sex);
            if (context.iins().add(iin)) {
                return iin;
            }
        }
    }

    private void caseFile(long id, CasePlan kase, Person person) {
        Centre centre = context.spec().centres().get(kase.centre());
        long worker = kase.caseworker();
        Instant opened = at(kase.opened(), 9, 18);
        Instant last = opened;
        eventRows.add(id).add(CaseEventType.CASE_OPENED).add(opened).add(worker).add(null).endRow();
        assignmentRows.add(id).add(worker).add(true).add(opened).endRow();
        for (ConsentPurpose purpose : List.of(ConsentPurpose.SERVICES, ConsentPurpose.ANONYMOUS_STATISTICS)) {
            long consent = nextConsent++;
            boolean given = purpose == ConsentPurpose.SERVICES || chance(0.9);
            consentRows.add(consent).add(id).add(purpose).add(null).add(given).add(kase.opened()).add(worker)
                    .add(opened).endRow();
            eventRows.add(id).add(CaseEventType.CONSENT_RECORDED).add(opened).add(worker).add(consent).endRow();
        }
        List<LocalDate> reports = reportDates(kase);
        Instant lastIncident = null;
        for (int i = 0; i < kase.incidents(); i++) {
            Instant recorded = incident(id, kase, person, centre, reports.get(i), kase.perpetrators()[i]);
            eventRows.add(id).add(CaseEventType.INCIDENT_RECORDED).add(recorded).add(worker).add(nextIncident - 1)
                    .endRow();
            lastIncident = lastIncident == null || recorded.isAfter(lastIncident) ? recorded : lastIncident;
        }
        if (lastIncident != null) {
            last = lastIncident.isAfter(last) ? lastIncident : last;
        }
        boolean high = false;
        if (kase.risk()) {
            Instant assessed = later(lastIncident, 0, 3);
            high = riskAssessment(id, worker, assessed);
            last = assessed.isAfter(last) ? assessed : last;
            if (high && chance(context.spec().rates().safetyPlanWhenHigh())) {
                Instant written = later(assessed, 0, 2);
                SafetyPlanContent plan = Narratives.safetyPlan(random, SyntheticPeople.phone(random),
                        centre.locality(), person.children() > 0);
                planRows.add(id).add(context.cipher().encrypt(JSON.writeValueAsString(plan),
                        SafetyColumns.SAFETY_PLAN.associatedData(id))).add(1).add(worker).add(written).endRow();
                eventRows.add(id).add(CaseEventType.SAFETY_PLAN_UPDATED).add(written).add(worker).add(null).endRow();
                last = written.isAfter(last) ? written : last;
            }
        }
        if (kase.measure()) {
            Instant recorded = measure(id, worker, lastIncident);
            last = recorded.isAfter(last) ? recorded : last;
        }
        if (kase.followUp()) {
            long followUp = nextFollowUp++;
            boolean overdue = chance(context.spec().rates().followUpOverdue());
            LocalDate due = overdue ? context.today().minusDays(random.nextInt(1, 21))
                    : context.today().plusDays(random.nextInt(0, 31));
            Instant created = between(opened, context.now());
            followUpRows.add(followUp).add(id);
            if (high && chance(0.5)) { // the system's task after a high risk: a kind, titled when read (no text)
                followUpRows.add(null).add(TaskKind.MULTI_AGENCY_REFERRAL).add("{}");
            } else {
                followUpRows.add(context.cipher().encrypt(Narratives.task(random),
                        CaseColumns.FOLLOW_UP_TITLE.associatedData(followUp))).add(null).add(null);
            }
            followUpRows.add(due).add(worker).add(worker).add(created).endRow();
            eventRows.add(id).add(CaseEventType.FOLLOW_UP_ADDED).add(created).add(worker).add(followUp).endRow();
            last = created.isAfter(last) ? created : last;
        }
        if (kase.note()) {
            long note = nextNote++;
            Instant written = later(opened, 0, 20);
            noteRows.add(note).add(id).add(context.cipher().encrypt(Narratives.note(random),
                    CaseColumns.NOTE_BODY.associatedData(note))).add(worker).add(written).endRow();
            eventRows.add(id).add(CaseEventType.NOTE_ADDED).add(written).add(worker).add(note).endRow();
            last = written.isAfter(last) ? written : last;
        }
        caseRows.add(id).add(kase.number()).add(person.id()).add(centre.id()).add(draw(Distributions.FAMILY_CATEGORY))
                .add(opened).add(worker).add(kase.incidents() > 0).add(last).add(lastIncident).add(opened).endRow();
    }

    /** The first report is the day the case opened; later ones fall within the next year (not after today). */
    private List<LocalDate> reportDates(CasePlan kase) {
        List<LocalDate> dates = new ArrayList<>(kase.incidents());
        long span = Math.min(365, ChronoUnit.DAYS.between(kase.opened(), context.today()));
        for (int i = 0; i < kase.incidents(); i++) {
            dates.add(i == 0 ? kase.opened() : kase.opened().plusDays(random.nextLong(span + 1)));
        }
        dates.sort(null);
        return dates;
    }

    private Instant incident(long caseId, CasePlan kase, Person person, Centre centre, LocalDate reported,
                             int perpetratorCount) {
        long id = nextIncident++;
        Distributions.Delay bin = draw(Distributions.DELAY);
        long days = random.nextInt(bin.from, bin.to + 1);
        LocalDate happened = reported.minusDays(days);
        if (happened.isBefore(person.born())) {
            happened = person.born().isAfter(reported) ? reported : person.born().plusDays(
                    random.nextLong(ChronoUnit.DAYS.between(person.born(), reported) + 1));
        }
        int age = Period.between(person.born(), happened).getYears();
        GbvType type = draw(Distributions.typesFor(age));
        if (type == GbvType.FORCED_MARRIAGE && age < 12) {
            type = GbvType.PSYCHOLOGICAL_ABUSE;
        }
        HarmfulTraditionalPractice practice = type == GbvType.FORCED_MARRIAGE
                ? (age < 18 ? HarmfulTraditionalPractice.EARLY_MARRIAGE
                        : chance(0.45) ? HarmfulTraditionalPractice.BRIDE_KIDNAPPING : HarmfulTraditionalPractice.FORCED_MARRIAGE)
                : age < 12 ? HarmfulTraditionalPractice.NO : draw(Distributions.PRACTICE);
        AbductionType abduction = practice == HarmfulTraditionalPractice.BRIDE_KIDNAPPING
                ? AbductionType.OTHER_ABDUCTION_OR_KIDNAPPING : AbductionType.NONE;
        boolean money = type.isSexualViolence() && chance(0.03);
        List<Relationship> relationships = new ArrayList<>();
        relationships.add(draw(Distributions.relationshipsFor(age)));
        for (int p = 1; p < perpetratorCount; p++) {
            relationships.add(draw(Distributions.SECONDARY_RELATIONSHIP));
        }
        Sex primarySex = perpetratorSex(relationships.get(0), person.sex());
        Set<kz.tendik.cases.incident.CaseContextFlag> flags = CaseContext.flags(
                new IncidentFacts(type, age, relationships, money, abduction, practice));
        String narrative = chance(0.8) ? Narratives.narrative(random, type, relationships.get(0),
                primarySex == Sex.FEMALE) : null;
        String prior = draw(Distributions.PRIOR_GBV);
        ReferredFrom referredFrom = draw(Distributions.REFERRED_FROM);
        String region = chance(0.92) ? centre.regionCode() : otherRegion(centre.regionCode());
        Instant recorded = at(reported, 9, 19);
        if (recorded.isAfter(context.now())) {
            recorded = context.now().minusSeconds(random.nextInt(60, 3600));
        }
        long worker = kase.caseworker();
        incidentRows.add(id).add(caseId).add(happened).add(reported).add(draw(Distributions.TIME_OF_DAY)).add(region)
                .add(null).add(draw(Distributions.LOCATION)).add(answers(type)).add(type)
                .add(type.lawForm().orElse(null)).add(practice).add(money).add(abduction)
                .add(draw(Distributions.REPORTED_ELSEWHERE)).add("NOT_KNOWN".equals(prior) ? null : "YES".equals(prior))
                .add(referredFrom).add(legalAction(referredFrom)).add(AgeGroup.of(age)).add(person.sex())
                .add(flags.stream().map(Enum::name).sorted().collect(Collectors.joining(",", "{", "}")))
                .add(ReportingDelay.between(happened, reported))
                .add(narrative == null ? null : context.cipher().encrypt(narrative,
                        IncidentColumns.NARRATIVE.associatedData(id)))
                .add(worker).add(recorded).add(worker).add(recorded).endRow();
        for (int p = 0; p < perpetratorCount; p++) {
            perpetrator(id, p, relationships.get(p), p == 0 ? primarySex : perpetratorSex(relationships.get(p),
                    person.sex()), age);
        }
        return recorded;
    }

    /** Whether she wants legal action, as she answered at the interview; {@code null} when she was not asked. */
    private String legalAction(ReferredFrom referredFrom) {
        String wish = draw(Distributions.legalActionFor(referredFrom));
        return "NOT_ASKED".equals(wish) ? null : wish;
    }

    /** The GBVIMS questions as answered: "no" to each asked before the type, "yes" to the type's own. */
    private static String answers(GbvType type) {
        StringBuilder json = new StringBuilder("{");
        for (GbvType question : GbvClassification.QUESTIONS) {
            if (json.length() > 1) {
                json.append(", ");
            }
            json.append('"').append(question.name()).append("\": ").append(question == type);
            if (question == type) {
                break;
            }
        }
        return json.append('}').toString();
    }

    private void perpetrator(long incidentId, int position, Relationship relationship, Sex sex, int survivorAge) {
        long id = nextPerpetrator++;
        AgeGroup group = chance(0.05) ? AgeGroup.UNKNOWN : AgeGroup.of(perpetratorAge(relationship, survivorAge));
        String name = chance(0.35) ? (sex == Sex.FEMALE ? "Күләш" : SyntheticPeople.givenNameOfMan(random)) : null;
        String notes = chance(0.2) ? SyntheticPeople.pick(random, List.of("Злоупотребляет алкоголем",
                "Ранее судим", "Работает вахтовым методом", "Ішімдікке салынады")) : null;
        String prior = draw(Distributions.PRIOR_GBV);
        perpetratorRows.add(id).add(incidentId).add(position).add(position == 0).add(relationship).add(sex).add(group)
                .add(draw(Distributions.OCCUPATION)).add("NOT_KNOWN".equals(prior) ? null : "YES".equals(prior))
                .add(name == null && notes == null ? null : context.cipher().encrypt(
                        JSON.writeValueAsString(new PerpetratorDetails(name, notes)),
                        IncidentColumns.PERPETRATOR_DETAILS.associatedData(id)))
                .endRow();
    }

    /** The JSON the incident store keeps for a perpetrator's name and notes. */
    record PerpetratorDetails(String name, String notes) {
    }

    private Sex perpetratorSex(Relationship relationship, Sex survivor) {
        if (relationship.isIntimatePartner()) {
            return chance(0.98) ? (survivor == Sex.FEMALE ? Sex.MALE : Sex.FEMALE) : survivor;
        }
        double male = switch (relationship) {
            case PARENT_IN_LAW -> 0.4;
            case CHILD -> 0.75;
            case PARENT_OR_CAREGIVER -> 0.65;
            default -> 0.85;
        };
        return chance(male) ? Sex.MALE : Sex.FEMALE;
    }

    private int perpetratorAge(Relationship relationship, int survivorAge) {
        int age = switch (relationship) {
            case SPOUSE, FORMER_SPOUSE, PARTNER, FORMER_PARTNER -> survivorAge + random.nextInt(-2, 9);
            case PARENT_OR_CAREGIVER, STEP_PARENT -> survivorAge + random.nextInt(20, 41);
            case CHILD -> survivorAge - random.nextInt(20, 41);
            case PARENT_IN_LAW -> survivorAge + random.nextInt(22, 36);
            case SIBLING -> survivorAge + random.nextInt(-8, 9);
            case SCHOOLMATE -> survivorAge + random.nextInt(-1, 2);
            case TEACHER_OR_SCHOOL_STAFF -> random.nextInt(25, 61);
            default -> random.nextInt(18, 61);
        };
        return Math.max(relationship == Relationship.CHILD ? 14 : 10, age);
    }

    /** Answers the checklist so that the level drawn comes out; returns whether it is high. */
    private boolean riskAssessment(long caseId, long worker, Instant assessed) {
        long id = nextRisk++;
        List<RiskQuestion> questions = context.instrument().questions();
        double p = chance(context.spec().rates().highRisk()) ? 0.7 : chance(0.3) ? 0.45 : 0.2;
        Map<String, RiskAnswer> answers = new TreeMap<>();
        for (RiskQuestion question : questions) {
            answers.put(question.code(), chance(p) ? RiskAnswer.YES : chance(0.1) ? RiskAnswer.NOT_KNOWN : RiskAnswer.NO);
        }
        RiskAssessmentResult result = RiskScoring.assess(context.instrument(), answers, null, null);
        riskRows.add(id).add(caseId).add(result.instrumentCode()).add(result.instrumentVersion())
                .add(JSON.writeValueAsString(answers)).add(result.score()).add(result.scoredLevel()).add(result.level())
                .add(null).add(worker).add(assessed).endRow();
        eventRows.add(caseId).add(CaseEventType.RISK_ASSESSED).add(assessed).add(worker).add(id).endRow();
        return result.level() == kz.tendik.cases.risk.RiskLevel.HIGH;
    }

    /** A measure: mostly the police's protective order; some end within the week, most have ended. */
    private Instant measure(long caseId, long worker, Instant afterIncident) {
        long id = nextMeasure++;
        LocalDateTime now = LocalDateTime.ofInstant(context.now(), context.zone()).truncatedTo(ChronoUnit.MINUTES);
        double kind = random.nextDouble();
        MeasureType type = kind < 0.7 ? MeasureType.PROTECTIVE_ORDER
                : kind < 0.95 ? MeasureType.SPECIAL_REQUIREMENTS : MeasureType.ADMINISTRATIVE_DETENTION;
        boolean soon = type != MeasureType.ADMINISTRATIVE_DETENTION
                && chance(context.spec().rates().measureExpiringSoon());
        LocalDateTime starts;
        LocalDateTime ends = null;
        Set<SpecialCondition> conditions = EnumSet.noneOf(SpecialCondition.class);
        Integer reports = null;
        if (type == MeasureType.SPECIAL_REQUIREMENTS) {
            int months = random.nextInt(3, 13);
            ends = soon ? now.plusDays(random.nextInt(1, 7)).withHour(18).withMinute(0)
                    : LocalDateTime.ofInstant(afterIncident, context.zone()).plusMonths(months);
            starts = ends.minusMonths(months);
            conditions.add(SpecialCondition.NO_CONTACT);
            if (chance(0.5)) {
                conditions.add(SpecialCondition.REPORT_TO_POLICE);
                reports = random.nextInt(1, 5);
            }
            if (chance(0.3)) {
                conditions.add(SpecialCondition.NO_ALCOHOL_OR_DRUGS);
            }
        } else {
            starts = soon ? now.minusDays(30 - random.nextInt(1, 7)).withHour(random.nextInt(9, 20))
                    : LocalDateTime.ofInstant(afterIncident, context.zone()).plusHours(random.nextInt(1, 48));
            if (starts.isAfter(now)) {
                starts = now.minusHours(1);
            }
        }
        LocalDateTime expires = context.expiry().expiresAt(new MeasureDraft(type, starts, ends, conditions, reports));
        Instant recorded = starts.atZone(context.zone()).toInstant().plus(random.nextInt(1, 24), ChronoUnit.HOURS);
        if (recorded.isAfter(context.now())) {
            recorded = context.now();
        }
        measureRows.add(id).add(caseId).add(type).add(type.issuer()).add(starts).add(ends).add(expires)
                .add(conditions.stream().map(Enum::name).sorted().collect(Collectors.joining(",", "{", "}")))
                .add(reports).add(worker).add(recorded).endRow();
        eventRows.add(caseId).add(CaseEventType.MEASURE_RECORDED).add(recorded).add(worker).add(id).endRow();
        return recorded;
    }

    /** A moment in working hours of the day, as an instant. */
    private Instant at(LocalDate day, int fromHour, int toHour) {
        Instant at = day.atTime(random.nextInt(fromHour, toHour), random.nextInt(60), random.nextInt(60))
                .atZone(context.zone()).toInstant();
        return at.isAfter(context.now()) ? context.now().minusSeconds(random.nextInt(60, 7200)) : at;
    }

    /** Some days (and hours) after {@code from}, but not after now. */
    private Instant later(Instant from, int minDays, int maxDays) {
        Instant at = from.plus(random.nextInt(minDays, maxDays + 1), ChronoUnit.DAYS)
                .plus(random.nextInt(1, 8), ChronoUnit.HOURS);
        return at.isAfter(context.now()) ? context.now() : at;
    }

    private Instant between(Instant from, Instant to) {
        long span = Math.max(1, to.getEpochSecond() - from.getEpochSecond());
        return from.plusSeconds(random.nextLong(span));
    }

    private String otherRegion(String own) {
        List<Centre> centres = context.spec().centres();
        String region = centres.get(random.nextInt(centres.size())).regionCode();
        return region.equals(own) ? own : region;
    }

    /**
     * How many survivors have Kazakh names, by region: most in the south and west, about half in the north and
     * east, three in four in the cities.
     */
    static double kazakhShare(String region) {
        return switch (region) {
            case "KZ-61", "KZ-79", "KZ-43", "KZ-31", "KZ-23", "KZ-47", "KZ-27", "KZ-15", "KZ-19", "KZ-33" -> 0.9;
            case "KZ-59", "KZ-39", "KZ-55", "KZ-63", "KZ-11", "KZ-35" -> 0.5;
            default -> 0.75;
        };
    }

    private static int lowerBound(AgeGroup group) {
        return switch (group) {
            case AGE_12_17 -> 12;
            case AGE_18_25 -> 18;
            case AGE_26_40 -> 26;
            default -> 41;
        };
    }

    private static int upperBound(AgeGroup group) {
        return switch (group) {
            case AGE_12_17 -> 17;
            case AGE_18_25 -> 25;
            case AGE_26_40 -> 40;
            default -> 60;
        };
    }
}
