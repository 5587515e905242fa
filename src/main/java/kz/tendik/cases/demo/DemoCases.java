package kz.tendik.cases.demo;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;

import kz.tendik.cases.casefile.CaseEventType;
import kz.tendik.cases.casefile.CaseNumber;
import kz.tendik.cases.casefile.ConsentPurpose;
import kz.tendik.cases.casefile.FamilyCategory;
import kz.tendik.cases.casefile.ReferralPurpose;
import kz.tendik.cases.file.CaseStore;
import kz.tendik.cases.file.Timeline;
import kz.tendik.cases.generate.DemoCaseSet;
import kz.tendik.cases.plan.ProvidedBy;
import kz.tendik.cases.registry.SurvivorStore;
import kz.tendik.cases.support.CaseColumns;
import kz.tendik.cases.survivor.ChannelKind;
import kz.tendik.cases.survivor.ContactChannel;
import kz.tendik.cases.survivor.DisplacementStatus;
import kz.tendik.cases.survivor.EmergencyContact;
import kz.tendik.cases.survivor.Iin;
import kz.tendik.cases.survivor.MaritalStatus;
import kz.tendik.cases.survivor.Sex;
import kz.tendik.cases.survivor.SurvivorProfile;
import kz.tendik.shared.crypto.FieldCipher;
import kz.tendik.shared.demo.DemoContributor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Demo survivors and cases (invented people, valid IINs made with {@link Iin#compose}): three for
 * caseworker.astana (the first demo case, id 1, is hers) and two for caseworker.almaty, with consents, notes and
 * follow-ups, and for one of each a help plan and a programme referral code ({@link DemoCasePlans}); then {@value #GENERATED_CASES} more for the two of them from the generator with a fixed seed
 * ({@link DemoCaseSet}): incidents with perpetrators, risk assessments (some high), safety plans, protective
 * measures (some ending within the week) and follow-ups (some overdue), so that every screen has something to
 * show. Written through the stores and the generator, not the audited services: nobody read or wrote them.
 */
@Component
class DemoCases implements DemoContributor {

    static final int GENERATED_CASES = 30;

    private final SurvivorStore survivors;
    private final DemoCaseSet generated;
    private final DemoCasePlans plans;
    private final CaseStore cases;
    private final Timeline timeline;
    private final FieldCipher cipher;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final ZoneId zone;

    DemoCases(SurvivorStore survivors, CaseStore cases, Timeline timeline, FieldCipher cipher, JdbcClient jdbc,
              DemoCaseSet generated, DemoCasePlans plans, Clock clock,
              @Value("${tendik.time-zone:Asia/Almaty}") ZoneId zone) {
        this.survivors = survivors;
        this.plans = plans;
        this.generated = generated;
        this.cases = cases;
        this.timeline = timeline;
        this.cipher = cipher;
        this.jdbc = jdbc;
        this.clock = clock;
        this.zone = zone;
    }

    @Override
    public int order() {
        return 30;
    }

    private record Worker(long id, long centreId, String regionCode) {
    }

    @Override
    public void load() {
        Worker astana = worker("caseworker.astana");
        Worker almaty = worker("caseworker.almaty");
        if (astana == null || almaty == null) {
            return;
        }
        LocalDate today = LocalDate.now(clock.withZone(zone));
        long aigul = demo(astana, profile("Айгүл Серікқызы Жұмабаева", "Aigul Zhumabayeva", LocalDate.of(1991, 3, 14), 101,
                "+7 701 555 12 34", true, false, "г. Астана, ул. Кенесары, 40, кв. 12", 2,
                new Statuses(MaritalStatus.MARRIED_OR_COHABITING, DisplacementStatus.RESIDENT, false, null)),
                FamilyCategory.C,
                "Первичная встреча проведена, пострадавшая согласна на консультацию психолога.",
                "Позвонить по безопасному номеру", today.plusDays(3));
        demo(astana, profile("Гульнара Ахметова", "Gulnara Akhmetova", LocalDate.of(1985, 11, 2), 202,
                "8 (702) 444-20-11", false, true, "Астана, пр. Республики, 15", 3,
                new Statuses(MaritalStatus.DIVORCED_OR_SEPARATED, DisplacementStatus.INTERNAL_MIGRANT, false, null)),
                FamilyCategory.D,
                "Семья в кризисе: нужна мобильная группа акимата.",
                "Согласовать встречу с мобильной группой", today.minusDays(1));
        demo(astana, profile("Svetlana Kim", null, LocalDate.of(1999, 7, 21), 303,
                "+7 705 120 33 44", true, true, "Astana, Turan Ave 22", 0,
                new Statuses(MaritalStatus.SINGLE, DisplacementStatus.RESIDENT, true, "Нарушение слуха")),
                FamilyCategory.B,
                "Консультация юриста по разделу имущества.", "Подготовить документы для суда", today.plusDays(10));
        long madina = demo(almaty, profile("Мадина Ержанқызы Омарова", "Madina Omarova", LocalDate.of(1994, 5, 9), 404,
                "+7 707 900 10 20", true, false, "Алматы, мкр. Самал-2, 58", 1,
                new Statuses(MaritalStatus.MARRIED_OR_COHABITING, DisplacementStatus.KANDAS, false, null)),
                FamilyCategory.C,
                "Нуждается во временном убежище на две недели.", "Проверить место в кризисном центре",
                today.plusDays(2));
        demo(almaty, profile("Жанна Тлеубаева", null, LocalDate.of(1978, 1, 30), 505,
                "+7 777 321 65 40", false, true, "Алматы, ул. Толе би, 190", 4,
                new Statuses(MaritalStatus.WIDOWED, DisplacementStatus.RESIDENT, null, null)),
                FamilyCategory.E,
                "Повторное обращение, угрозы усилились.", "Сопроводить в полицию для защитного предписания",
                today.plusDays(1));
        plansAndProgrammes(astana, aigul, almaty, madina);
        generated.load(List.of(new DemoCaseSet.Worker(astana.id(), astana.centreId(), astana.regionCode()),
                new DemoCaseSet.Worker(almaty.id(), almaty.centreId(), almaty.regionCode())), GENERATED_CASES);
    }

    /**
     * Help plans the survivors agreed to (Aigul's first service already delivered, so her case is at the services
     * stage) and programme referral codes, each issued after her consent to it.
     */
    private void plansAndProgrammes(Worker astana, long aigul, Worker almaty, long madina) {
        Instant at = clock.instant().minus(1, ChronoUnit.DAYS);
        LocalDate day = at.atZone(zone).toLocalDate();
        plans.plan(aigul, astana.id(), day, at,
                "Жить отдельно от мужа в безопасности; пройти курс у психолога; подать на алименты на детей.",
                List.of(new DemoCasePlans.Planned(ReferralPurpose.PSYCHOLOGICAL, ProvidedBy.CENTRE, 0,
                                "Первая консультация психолога в центре, договорились о шести встречах"),
                        new DemoCasePlans.Planned(ReferralPurpose.LEGAL, ProvidedBy.REFERRAL, 14, null),
                        new DemoCasePlans.Planned(ReferralPurpose.EMPLOYMENT, ProvidedBy.REFERRAL, 45, null)));
        plans.programmeReferral(aigul, astana.id(), day, at);
        plans.plan(madina, almaty.id(), day, at,
                "Временное убежище на две недели, затем съёмное жильё; работа, чтобы содержать ребёнка.",
                List.of(new DemoCasePlans.Planned(ReferralPurpose.SHELTER, ProvidedBy.REFERRAL, 2, null),
                        new DemoCasePlans.Planned(ReferralPurpose.PSYCHOLOGICAL, ProvidedBy.CENTRE, 10, null),
                        new DemoCasePlans.Planned(ReferralPurpose.EMPLOYMENT, ProvidedBy.REFERRAL, 30, null)));
        plans.programmeReferral(madina, almaty.id(), day, at);
    }

    /** What intake asked besides the name and contacts. */
    private record Statuses(MaritalStatus marital, DisplacementStatus displacement, Boolean hasDisability,
                            String disability) {
    }

    private SurvivorProfile profile(String name, String latin, LocalDate born, int serial, String phone,
                                    boolean safeToCall, boolean safeToText, String address, int children,
                                    Statuses statuses) {
        String iin = compose(born, serial);
        return new SurvivorProfile(name, latin, iin, born, null, null, Sex.FEMALE, statuses.marital(),
                statuses.displacement(), List.of("kk", "ru"), statuses.hasDisability(), statuses.disability(), "KZ",
                children, List.of(new ContactChannel(ChannelKind.PHONE, phone, safeToCall, safeToText, false)),
                address, new EmergencyContact("Сестра", "sister", "+7 701 000 00 01"));
    }

    private static String compose(LocalDate born, int serial) {
        for (int s = serial; ; s++) {
            var iin = Iin.compose(born, Sex.FEMALE, s);
            if (iin.isPresent()) {
                return iin.get().digits();
            }
        }
    }

    private long demo(Worker worker, SurvivorProfile profile, FamilyCategory category, String note, String task,
                      LocalDate due) {
        Instant now = clock.instant().minus(2, ChronoUnit.DAYS);
        long survivor = survivors.insert(profile, worker.centreId(), worker.id(), now);
        int year = now.atZone(zone).getYear();
        String number = new CaseNumber(worker.regionCode(), worker.centreId(), year,
                cases.nextSequence(worker.centreId(), year)).toString();
        long caseId = cases.insert(number, survivor, worker.centreId(), category, worker.id(), now);
        cases.assign(caseId, List.of(worker.id()), now);
        timeline.record(caseId, CaseEventType.CASE_OPENED, now, worker.id(), null);
        for (ConsentPurpose purpose : List.of(ConsentPurpose.SERVICES, ConsentPurpose.ANONYMOUS_STATISTICS)) {
            long consent = jdbc.sql("""
                    INSERT INTO consent (case_id, purpose, given, given_on, recorded_by, recorded_at)
                    VALUES (?, ?, TRUE, ?, ?, ?) RETURNING id""")
                    .params(caseId, purpose.name(), now.atZone(zone).toLocalDate(), worker.id(), Timestamp.from(now))
                    .query(Long.class).single();
            timeline.record(caseId, CaseEventType.CONSENT_RECORDED, now, worker.id(), consent);
        }
        long referral = jdbc.sql("""
                INSERT INTO consent (case_id, purpose, referral_to, given, given_on, recorded_by, recorded_at)
                VALUES (?, 'REFERRAL', ?, TRUE, ?, ?, ?) RETURNING id""")
                .params(caseId, ReferralPurpose.PSYCHOLOGICAL.name(), now.atZone(zone).toLocalDate(), worker.id(),
                        Timestamp.from(now)).query(Long.class).single();
        timeline.record(caseId, CaseEventType.CONSENT_RECORDED, now, worker.id(), referral);
        long noteId = nextId("case_note");
        jdbc.sql("INSERT INTO case_note (id, case_id, body, written_by, written_at) VALUES (?, ?, ?, ?, ?)")
                .params(noteId, caseId, cipher.encrypt(note, CaseColumns.NOTE_BODY.associatedData(noteId)), worker.id(),
                        Timestamp.from(now)).update();
        timeline.record(caseId, CaseEventType.NOTE_ADDED, now, worker.id(), noteId);
        long taskId = nextId("follow_up");
        jdbc.sql("""
                INSERT INTO follow_up (id, case_id, title, due_on, assigned_to, created_by, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(taskId, caseId, cipher.encrypt(task, CaseColumns.FOLLOW_UP_TITLE.associatedData(taskId)), due,
                        worker.id(), worker.id(), Timestamp.from(now)).update();
        timeline.record(caseId, CaseEventType.FOLLOW_UP_ADDED, now, worker.id(), taskId);
        return caseId;
    }

    private long nextId(String table) {
        return jdbc.sql("SELECT nextval(pg_get_serial_sequence(?, 'id'))").param(table).query(Long.class).single();
    }

    private Worker worker(String username) {
        return jdbc.sql("SELECT id, centre_id, region_code FROM app_user WHERE username = ? AND centre_id IS NOT NULL")
                .param(username).query((rs, n) -> new Worker(rs.getLong(1), rs.getLong(2), rs.getString(3)))
                .optional().orElse(null);
    }
}
