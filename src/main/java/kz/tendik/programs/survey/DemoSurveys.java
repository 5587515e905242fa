package kz.tendik.programs.survey;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import kz.tendik.identity.CurrentUser;
import kz.tendik.identity.OrgUnit;
import kz.tendik.identity.Role;
import kz.tendik.shared.demo.DemoContributor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo surveys: for every finished cohort there is at demo time (whoever made it), a round before and a round
 * after with the attitude scale and the DHS items, answered by everyone who held a place, with believable answers
 * that show a moderate move towards equitable views (each participant's leaning drawn around the middle of the
 * scale before, and shifted by about a tenth of the scale, with noise, after; a fixed seed per enrolment, so the
 * demo is the same every time). A running cohort gets an open round before the programme, not yet answered, so the
 * phone form can be tried. Runs after the programmes' demo data (order 49).
 */
@Component
class DemoSurveys implements DemoContributor {

    private final SurveyRounds rounds;
    private final JdbcClient jdbc;

    DemoSurveys(SurveyRounds rounds, JdbcClient jdbc) {
        this.rounds = rounds;
        this.jdbc = jdbc;
    }

    @Override
    public int order() {
        return 49;
    }

    @Override
    @Transactional
    public void load() {
        CurrentUser coordinator = jdbc.sql("SELECT id, display_name FROM app_user WHERE username = 'programmes'")
                .query((rs, n) -> new CurrentUser(rs.getLong(1), "programmes", rs.getString(2),
                        Role.PROGRAMME_COORDINATOR, OrgUnit.NATIONAL, "kk", false, true, null)).optional().orElse(null);
        if (coordinator == null || jdbc.sql("SELECT count(*) FROM survey_round").query(Long.class).single() > 0) {
            return;
        }
        LocalDate today = rounds.today();
        record Span(long id, LocalDate startsOn, LocalDate endsOn) {
        }
        List<Span> cohorts = jdbc.sql("SELECT id, starts_on, ends_on FROM cohort ORDER BY id")
                .query((rs, n) -> new Span(rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getObject(3, LocalDate.class)))
                .list();
        for (Span c : cohorts) {
            if (c.endsOn().isBefore(today)) {
                SurveyRound gemBefore = rounds.createRound(c.id(), new RoundDraft(RoundKind.PRE,
                        SurveyInstruments.GENDER_ATTITUDES, null, c.startsOn().minusDays(7), c.startsOn()), coordinator);
                SurveyRound dhsBefore = rounds.createRound(c.id(), new RoundDraft(RoundKind.PRE,
                        SurveyInstruments.WIFE_BEATING, null, c.startsOn().minusDays(7), c.startsOn()), coordinator);
                SurveyRound gemAfter = rounds.createRound(c.id(), new RoundDraft(RoundKind.POST,
                        SurveyInstruments.GENDER_ATTITUDES, null, c.endsOn(), c.endsOn().plusDays(14)), coordinator);
                SurveyRound dhsAfter = rounds.createRound(c.id(), new RoundDraft(RoundKind.POST,
                        SurveyInstruments.WIFE_BEATING, null, c.endsOn(), c.endsOn().plusDays(14)), coordinator);
                List<Long> enrolments = jdbc.sql("""
                                SELECT id FROM enrolment WHERE cohort_id = ? AND status IN ('ENROLLED', 'COMPLETED')
                                ORDER BY id""").param(c.id()).query(Long.class).list();
                for (long enrolment : enrolments) {
                    Random random = new Random(7919L * enrolment + c.id());
                    double before = 0.38 + 0.22 * random.nextDouble();
                    double after = Math.min(0.95, before + 0.12 + 0.10 * random.nextGaussian());
                    store(gemBefore, enrolment, gem(rounds.instrument(gemBefore), before, random), c.startsOn(), coordinator);
                    store(dhsBefore, enrolment, dhs(rounds.instrument(dhsBefore), before, random), c.startsOn(), coordinator);
                    store(gemAfter, enrolment, gem(rounds.instrument(gemAfter), after, random), c.endsOn(), coordinator);
                    store(dhsAfter, enrolment, dhs(rounds.instrument(dhsAfter), after, random), c.endsOn(), coordinator);
                }
            } else if (!c.startsOn().isAfter(today)) {
                rounds.createRound(c.id(), new RoundDraft(RoundKind.PRE, SurveyInstruments.GENDER_ATTITUDES, null,
                        c.startsOn(), today.plusDays(14)), coordinator);
            }
        }
    }

    private void store(SurveyRound round, long enrolment, Map<String, Integer> answers, LocalDate day, CurrentUser user) {
        rounds.store(round, enrolment, answers, day, user.id());
    }

    /** Each item answered equitably with the participant's leaning: 3, 2 or 1 in item-score terms, then mirrored back. */
    static Map<String, Integer> gem(SurveyInstrument instrument, double leaning, Random random) {
        Map<String, Integer> answers = new LinkedHashMap<>();
        for (SurveyItem item : instrument.items()) {
            if (item.isYesNo()) {
                answers.put(item.code(), random.nextDouble() < leaning ? (item.isEquitable(1) ? 1 : 0) : (item.isEquitable(1) ? 0 : 1));
                continue;
            }
            List<Integer> values = instrument.allowedValues(item);
            int low = values.stream().mapToInt(Integer::intValue).min().orElseThrow();
            int high = values.stream().mapToInt(Integer::intValue).max().orElseThrow();
            double draw = random.nextDouble();
            int score = draw < leaning * leaning ? high : draw < leaning + 0.25 ? (low + high) / 2 : low;
            answers.put(item.code(), item.reverseScored() ? low + high - score : score);
        }
        return answers;
    }

    /** Agrees with a reason for beating less often the more equitable the leaning (about one in six before). */
    static Map<String, Integer> dhs(SurveyInstrument instrument, double leaning, Random random) {
        Map<String, Integer> answers = new LinkedHashMap<>();
        for (SurveyItem item : instrument.items()) {
            boolean agrees = random.nextDouble() < Math.max(0.01, 0.45 - 0.6 * leaning);
            answers.put(item.code(), agrees ? ItemType.YES : ItemType.NO);
        }
        return answers;
    }
}
