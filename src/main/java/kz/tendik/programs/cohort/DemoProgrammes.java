package kz.tendik.programs.cohort;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import kz.tendik.identity.CurrentUser;
import kz.tendik.identity.OrgUnit;
import kz.tendik.identity.Role;
import kz.tendik.shared.demo.DemoContributor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo programmes: an entrepreneurship academy modelled on the Academy for Women Entrepreneurs with a finished,
 * closed cohort (sessions, attendance, modules, completion rule: 60% and the business plan) and a prevention course
 * with a running cohort that has a waiting list. Both cohorts are in Almaty (KZ-75), facilitated by {@code facilitator} and created by {@code programmes}
 * through the services (so they are validated and audited like any other).
 */
@Component
class DemoProgrammes implements DemoContributor {

    private final Programmes programmes;
    private final Cohorts cohorts;
    private final Enrolments enrolments;
    private final Attendance attendance;
    private final Completions completions;
    private final CohortClosing closing;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final ZoneId zone;

    DemoProgrammes(Programmes programmes, Cohorts cohorts, Enrolments enrolments, Attendance attendance,
                   Completions completions, CohortClosing closing, JdbcClient jdbc, Clock clock,
                   @Value("${tendik.time-zone:Asia/Almaty}") ZoneId zone) {
        this.completions = completions;
        this.closing = closing;
        this.programmes = programmes;
        this.cohorts = cohorts;
        this.enrolments = enrolments;
        this.attendance = attendance;
        this.jdbc = jdbc;
        this.clock = clock;
        this.zone = zone;
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    @Transactional
    public void load() {
        if (jdbc.sql("SELECT count(*) FROM programme").query(Long.class).single() > 0) {
            return;
        }
        CurrentUser coordinator = user("programmes");
        CurrentUser facilitatorUser = user("facilitator");
        if (coordinator == null || facilitatorUser == null) {
            return;
        }
        LocalDate today = LocalDate.now(clock.withZone(zone));
        long academy = programmes.create(new ProgrammeDraft(ProgrammeKind.ENTREPRENEURSHIP,
                "Әйел кәсіпкерлер академиясы", "Академия женщин-предпринимателей", "Academy for Women Entrepreneurs",
                "Әйелдерге өз ісін бастауға және дамытуға көмектесу.",
                "Помочь женщинам начать и развить своё дело.",
                "Help women start and grow their own business.",
                List.of("Business basics", "Marketing", "Finance and bookkeeping", "Business planning", "Pitching"),
                "Women aged 18 and over with a business idea or a young business.", List.of("kk", "ru"), null),
                coordinator);
        long prevention = programmes.create(new ProgrammeDraft(ProgrammeKind.PREVENTION,
                "Зорлық-зомбылықсыз отбасы", "Семья без насилия", "A family without violence",
                "Тұрмыстық зорлық-зомбылықты тануға және оған жол бермеуге үйрету.",
                "Научить распознавать семейное насилие и не допускать его.",
                "Teach how to recognise domestic violence and prevent it.",
                List.of("Recognising violence", "Healthy relationships", "Where to get help"),
                "Anyone aged 16 and over.", List.of("kk", "ru"), "KZ-75"), coordinator);

        completions.setRule(academy, new CompletionRule.Draft(60, List.of("Business planning")), coordinator);
        LocalDate start = today.minusMonths(7).withDayOfMonth(1);
        long finished = cohorts.create(new CohortDraft(academy, "AWE Almaty 1", start, start.plusWeeks(11), false,
                "Almaty, Abai Ave 10", "KZ-75", 6, List.of(facilitatorUser.id()), List.of(
                        new CohortDraft.SessionDraft(start, "Business basics"),
                        new CohortDraft.SessionDraft(start.plusWeeks(3), "Marketing"),
                        new CohortDraft.SessionDraft(start.plusWeeks(6), "Finance and bookkeeping"),
                        new CohortDraft.SessionDraft(start.plusWeeks(11), "Pitching"))), coordinator);
        String[][] women = {{"Айгерім Сапарова", "1988", "FEMALE"}, {"Дана Ержанова", "1995", "FEMALE"},
                {"Мадина Қасымова", "1979", "FEMALE"}, {"Гүлмира Ахметова", "1991", "FEMALE"},
                {"Сабина Нұрланқызы", "2001", "FEMALE"}};
        List<Long> enrolled = new ArrayList<>();
        for (String[] w : women) {
            enrolled.add(enrolments.enrol(finished, new EnrolmentDraft(null, w[0], "+7 701 555 01 0" + enrolled.size(),
                    Integer.valueOf(w[1]), w[2], "KZ-75", null, true), coordinator).id());
        }
        AttendanceMark[] pattern = {AttendanceMark.PRESENT, AttendanceMark.PRESENT, AttendanceMark.ABSENT,
                AttendanceMark.EXCUSED, AttendanceMark.PRESENT};
        int s = 0;
        for (Cohort.Session session : cohorts.find(finished).orElseThrow().sessions()) {
            List<AttendanceDraft.Row> rows = new ArrayList<>();
            for (int i = 0; i < enrolled.size(); i++) {
                rows.add(new AttendanceDraft.Row(enrolled.get(i), pattern[(i + s) % pattern.length]));
            }
            attendance.record(finished, new AttendanceDraft(session.id(), rows), coordinator);
            s++;
        }
        for (Long e : enrolled) {
            completions.setModules(finished, e, List.of("Business basics", "Marketing", "Finance and bookkeeping",
                    "Business planning"), coordinator);
        }
        closing.close(finished, coordinator);

        LocalDate began = today.minusWeeks(2);
        long running = cohorts.create(new CohortDraft(prevention, "Almaty spring group", began, began.plusMonths(2),
                false, "Almaty, family support centre", "KZ-75", 3, List.of(facilitatorUser.id()), List.of(
                        new CohortDraft.SessionDraft(began, "Recognising violence"),
                        new CohortDraft.SessionDraft(began.plusWeeks(2), "Healthy relationships"),
                        new CohortDraft.SessionDraft(began.plusWeeks(4), "Where to get help"))), coordinator);
        String[][] people = {{"Ерлан Төлегенов", "1985", "MALE"}, {"Әлия Бекова", "1993", "FEMALE"},
                {"Нұржан Оспанов", "1990", "MALE"}, {"Жібек Мұратова", "1999", "FEMALE"},
                {"Асхат Серіков", "1982", "MALE"}};
        List<Long> group = new ArrayList<>();
        for (String[] p : people) {
            group.add(enrolments.enrol(running, new EnrolmentDraft(null, p[0], "+7 702 555 02 0" + group.size(),
                    Integer.valueOf(p[1]), p[2], "KZ-75", null, true),
                    coordinator).id());
        }
        Cohort.Session first = cohorts.find(running).orElseThrow().sessions().get(0);
        attendance.record(running, new AttendanceDraft(first.id(), List.of(
                new AttendanceDraft.Row(group.get(0), AttendanceMark.PRESENT),
                new AttendanceDraft.Row(group.get(1), AttendanceMark.PRESENT),
                new AttendanceDraft.Row(group.get(2), AttendanceMark.ABSENT))), coordinator);
    }

    private CurrentUser user(String username) {
        return coordinator(jdbc, username);
    }

    /** A demo user acting as a national programme coordinator, or null when there is no such user. */
    static CurrentUser coordinator(JdbcClient jdbc, String username) {
        return jdbc.sql("SELECT id, display_name FROM app_user WHERE username = ?").param(username)
                .query((rs, n) -> new CurrentUser(rs.getLong(1), username, rs.getString(2),
                        Role.PROGRAMME_COORDINATOR, OrgUnit.NATIONAL, "kk", false, true, null))
                .optional().orElse(null);
    }
}
