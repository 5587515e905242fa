package kz.tendik.programs.cohort;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import kz.tendik.identity.CurrentUser;
import kz.tendik.shared.demo.DemoContributor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo results after {@link DemoProgrammes}: a second finished cohort (a sewing course in Shymkent, KZ-79, where one
 * participant attends too little and one misses a required module), mentors with meetings, outcomes at the end
 * and after 3 months for every participant of both finished cohorts, and certificates for those who completed —
 * all through the services, validated and audited.
 */
@Component
class DemoProgrammeResults implements DemoContributor {

    private static final String[] BINS = {"240540012347", "240840005672", "250140028915", "241140033457"};

    private final Programmes programmes;
    private final Cohorts cohorts;
    private final Enrolments enrolments;
    private final Attendance attendance;
    private final Completions completions;
    private final CohortClosing closing;
    private final Mentoring mentoring;
    private final Outcomes outcomes;
    private final Certificates certificates;
    private final JdbcClient jdbc;
    private final Today today;

    DemoProgrammeResults(Programmes programmes, Cohorts cohorts, Enrolments enrolments, Attendance attendance,
                         Completions completions, CohortClosing closing, Mentoring mentoring, Outcomes outcomes,
                         Certificates certificates, JdbcClient jdbc, Today today) {
        this.programmes = programmes;
        this.cohorts = cohorts;
        this.enrolments = enrolments;
        this.attendance = attendance;
        this.completions = completions;
        this.closing = closing;
        this.mentoring = mentoring;
        this.outcomes = outcomes;
        this.certificates = certificates;
        this.jdbc = jdbc;
        this.today = today;
    }

    @Override
    public int order() {
        return 41;
    }

    @Override
    @Transactional
    public void load() {
        if (jdbc.sql("SELECT count(*) FROM outcome").query(Long.class).single() > 0) {
            return;
        }
        CurrentUser coordinator = DemoProgrammes.coordinator(jdbc, "programmes");
        // a database whose demo programmes predate closing (the academy cohort still open) gets no results
        Long academy = jdbc.sql("SELECT id FROM cohort WHERE name = 'AWE Almaty 1' AND closed_at IS NOT NULL")
                .query(Long.class).optional().orElse(null);
        if (coordinator == null || academy == null) {
            return;
        }
        long sewing = sewingCohort(coordinator);
        mentors(academy, coordinator);
        results(academy, true, coordinator);
        results(sewing, false, coordinator);
    }

    private long sewingCohort(CurrentUser coordinator) {
        long programme = programmes.create(new ProgrammeDraft(ProgrammeKind.VOCATIONAL,
                "Тігін ісі және киім пішу", "Швейное дело и конструирование одежды", "Sewing and garment making",
                "Әйелдерге сұранысқа ие кәсіп үйретіп, жұмысқа орналасуға немесе шеберхана ашуға көмектесу.",
                "Обучить женщин востребованной профессии и помочь устроиться на работу или открыть мастерскую.",
                "Teach women a trade in demand and help them find work or open a workshop.",
                List.of("Safety at work", "Sewing basics", "Pattern making", "Running a workshop"),
                "Women aged 18 and over, priority to those without work.", List.of("kk", "ru"), "KZ-79"), coordinator);
        completions.setRule(programme, new CompletionRule.Draft(70, List.of("Safety at work", "Sewing basics")),
                coordinator);
        LocalDate start = today.date().minusMonths(8).withDayOfMonth(5);
        long cohort = cohorts.create(new CohortDraft(programme, "Shymkent sewing 1", start, start.plusWeeks(10), false,
                "Shymkent, Tauke Khan Ave 31, training centre", "KZ-79", 8, List.of(), List.of(
                        new CohortDraft.SessionDraft(start, "Safety at work"),
                        new CohortDraft.SessionDraft(start.plusWeeks(3), "Sewing basics"),
                        new CohortDraft.SessionDraft(start.plusWeeks(6), "Pattern making"),
                        new CohortDraft.SessionDraft(start.plusWeeks(10), "Running a workshop"))), coordinator);
        String[][] women = {{"Зарина Әбдірахманова", "1992"}, {"Гүлнар Исаева", "1986"}, {"Ақбота Жұмабаева", "1999"},
                {"Нигора Юлдашева", "1984"}, {"Мөлдір Серікқызы", "1996"}, {"Айнұр Тұрсынова", "1990"}};
        List<Long> enrolled = new ArrayList<>();
        for (String[] w : women) {
            enrolled.add(enrolments.enrol(cohort, new EnrolmentDraft(null, w[0], "+7 705 555 03 0" + enrolled.size(),
                    Integer.valueOf(w[1]), "FEMALE", "KZ-79", null, true), coordinator).id());
        }
        // participant 4 attends once in four sessions (25%): below the 70% minimum
        AttendanceMark[][] marks = {
                {AttendanceMark.PRESENT, AttendanceMark.PRESENT, AttendanceMark.PRESENT, AttendanceMark.PRESENT},
                {AttendanceMark.PRESENT, AttendanceMark.PRESENT, AttendanceMark.EXCUSED, AttendanceMark.PRESENT},
                {AttendanceMark.PRESENT, AttendanceMark.ABSENT, AttendanceMark.PRESENT, AttendanceMark.PRESENT},
                {AttendanceMark.PRESENT, AttendanceMark.PRESENT, AttendanceMark.PRESENT, AttendanceMark.ABSENT},
                {AttendanceMark.PRESENT, AttendanceMark.ABSENT, AttendanceMark.ABSENT, AttendanceMark.ABSENT},
                {AttendanceMark.PRESENT, AttendanceMark.PRESENT, AttendanceMark.PRESENT, AttendanceMark.PRESENT}};
        List<Cohort.Session> sessions = cohorts.find(cohort).orElseThrow().sessions();
        for (int s = 0; s < sessions.size(); s++) {
            List<AttendanceDraft.Row> rows = new ArrayList<>();
            for (int i = 0; i < enrolled.size(); i++) {
                rows.add(new AttendanceDraft.Row(enrolled.get(i), marks[i][s]));
            }
            attendance.record(cohort, new AttendanceDraft(sessions.get(s).id(), rows), coordinator);
        }
        for (int i = 0; i < enrolled.size(); i++) {
            // participant 6 attended everything but has not passed the safety module
            completions.setModules(cohort, enrolled.get(i), i == 5 ? List.of("Sewing basics", "Pattern making")
                    : List.of("Safety at work", "Sewing basics", "Pattern making"), coordinator);
        }
        closing.close(cohort, coordinator);
        return cohort;
    }

    private void mentors(long cohort, CurrentUser coordinator) {
        String[][] mentors = {{"Сәуле Омарова", "«Атамекен» кәсіпкерлер палатасы"}, {"Irina Kim", "Halyk Bank, SME desk"},
                {"Бақыт Жақсыбекова", "Almaty women's business club"}};
        List<Enrolment> people = enrolments.list(cohort, coordinator);
        LocalDate startsOn = cohorts.find(cohort).orElseThrow().startsOn();
        for (int i = 0; i < mentors.length; i++) {
            long e = people.get(i).id();
            mentoring.assign(cohort, e, new Mentoring.MentorDraft(mentors[i][0], mentors[i][1]), coordinator);
            mentoring.meet(cohort, e, new Mentoring.MeetingDraft(startsOn.plusWeeks(2), "Business idea", 60), coordinator);
            mentoring.meet(cohort, e, new Mentoring.MeetingDraft(startsOn.plusWeeks(8), "Financial plan", 90), coordinator);
        }
    }

    /** Outcomes at the end and after 3 months for everyone who held a place, certificates for those who completed. */
    private void results(long cohortId, boolean entrepreneurs, CurrentUser coordinator) {
        Cohort cohort = cohorts.find(cohortId).orElseThrow();
        List<Enrolment> people = enrolments.list(cohortId, coordinator).stream().filter(e -> e.status().holdsPlace()).toList();
        for (int i = 0; i < people.size(); i++) {
            Enrolment e = people.get(i);
            boolean businessAtEnd = entrepreneurs && i % 2 == 0;
            boolean businessLater = entrepreneurs ? i != 1 : i == 0;
            outcomes.record(cohortId, outcome(e.id(), Outcome.FollowUp.END, cohort.endsOn().plusDays(3), businessAtEnd,
                    null, entrepreneurs ? "SELF_EMPLOYED" : "UNEMPLOYED", "SAME", "NONE", null, 0), coordinator);
            outcomes.record(cohortId, outcome(e.id(), Outcome.FollowUp.MONTH_3, cohort.endsOn().plusMonths(3).plusDays(4),
                    businessLater, businessLater && i < BINS.length ? BINS[i] : null,
                    businessLater ? "SELF_EMPLOYED" : (i % 3 == 0 ? "UNEMPLOYED" : "EMPLOYED"),
                    i % 3 == 2 ? "SAME" : "HIGHER", businessLater && i % 2 == 0 ? "MICROCREDIT" : "NONE",
                    businessLater && i % 2 == 0 ? "FROM_500K_TO_2M" : null, businessLater ? i % 3 : 0), coordinator);
            if (e.status() == EnrolmentStatus.COMPLETED) {
                certificates.issue(cohortId, e.id(), i % 3 == 1 ? "ru" : "kk", coordinator);
            }
        }
    }

    private static OutcomeDraft outcome(long enrolmentId, Outcome.FollowUp point, LocalDate on, boolean business,
                                        String bin, String employment, String income, String funding, String band,
                                        int jobs) {
        return new OutcomeDraft(enrolmentId, point.name(), on, business, bin, business ? "UP_TO_1M" : null, jobs,
                employment, income, funding, band, null);
    }
}
