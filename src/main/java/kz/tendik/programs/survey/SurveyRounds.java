package kz.tendik.programs.survey;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import kz.tendik.identity.CurrentUser;
import kz.tendik.programs.cohort.Cohort;
import kz.tendik.programs.cohort.Cohorts;
import kz.tendik.shared.web.NotFoundException;
import kz.tendik.shared.web.UserInputException;
import kz.tendik.shared.web.UserInputException.FieldProblem;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Survey rounds of a cohort and their responses. A round uses one published instrument version; a cohort has at
 * most one round of each kind per instrument, and all its rounds of an instrument use the same version (so before
 * and after are comparable). A response is checked whole — the round is the cohort's and open that day, the person
 * holds a place in the cohort, has not answered this round yet, and every answer is one the item offers — and
 * refused naming every problem, or scored with {@link SurveyScoring} and stored with the instrument version. A
 * participant answers a round once: a second response is refused (a mistake is corrected by the coordinator in the
 * database, not silently overwritten).
 */
@Service
public class SurveyRounds {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;
    private final Cohorts cohorts;
    private final InstrumentCatalogue instruments;
    private final SurveyAudit audit;
    private final Clock clock;
    private final ZoneId zone;

    SurveyRounds(JdbcClient jdbc, Cohorts cohorts, InstrumentCatalogue instruments, SurveyAudit audit, Clock clock,
                 @Value("${tendik.time-zone:Asia/Almaty}") ZoneId zone) {
        this.jdbc = jdbc;
        this.cohorts = cohorts;
        this.instruments = instruments;
        this.audit = audit;
        this.clock = clock;
        this.zone = zone;
    }

    /** The application's time zone (tendik.time-zone, Kazakhstan's): days begin and end in it. */
    ZoneId zone() {
        return zone;
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }

    /** The cohort's rounds, in the order they are taken. */
    public List<SurveyRound> rounds(long cohortId, CurrentUser user) {
        cohorts.get(cohortId, user);
        return roundsOf(cohortId);
    }

    /** The rounds of a cohort, without an access check (for aggregate reports that check access themselves). */
    public List<SurveyRound> roundsOf(long cohortId) {
        return jdbc.sql(ROUND_SELECT + " WHERE r.cohort_id = ? ORDER BY CASE r.kind WHEN 'PRE' THEN 0 WHEN 'POST' THEN 1 "
                        + "ELSE 2 END, r.instrument_code").param(cohortId).query(SurveyRounds::round).list();
    }

    Optional<SurveyRound> round(long roundId) {
        return jdbc.sql(ROUND_SELECT + " WHERE r.id = ?").param(roundId).query(SurveyRounds::round).optional();
    }

    /** The round of a cohort the user runs (404 otherwise). */
    public SurveyRound round(long cohortId, long roundId, CurrentUser user) {
        cohorts.get(cohortId, user);
        return round(roundId).filter(r -> r.cohortId() == cohortId).orElseThrow(NotFoundException::new);
    }

    private static final String ROUND_SELECT = """
            SELECT r.id, r.cohort_id, r.kind, r.instrument_code, r.instrument_version, r.opens_on, r.closes_on,
                   (SELECT count(*) FROM survey_response s WHERE s.round_id = r.id)
            FROM survey_round r""";

    private static SurveyRound round(ResultSet rs, int n) throws SQLException {
        return new SurveyRound(rs.getLong(1), rs.getLong(2), RoundKind.valueOf(rs.getString(3)), rs.getString(4),
                rs.getInt(5), rs.getObject(6, LocalDate.class), rs.getObject(7, LocalDate.class), rs.getInt(8));
    }

    /** Opens a round; refused whole, every wrong field named, when invalid. */
    @Transactional
    public SurveyRound createRound(long cohortId, RoundDraft d, CurrentUser user) {
        cohorts.get(cohortId, user);
        jdbc.sql("SELECT id FROM cohort WHERE id = ? FOR UPDATE").param(cohortId).query(Long.class).single();
        List<FieldProblem> p = new ArrayList<>();
        if (d.kind() == null) {
            p.add(new FieldProblem("kind", "validation.required"));
        }
        SurveyInstrument instrument = null;
        if (d.instrumentCode() == null || d.instrumentCode().isBlank()) {
            p.add(new FieldProblem("instrumentCode", "validation.required"));
        } else {
            String code = d.instrumentCode().strip();
            instrument = (d.instrumentVersion() == null ? instruments.latest(code)
                    : instruments.find(code, d.instrumentVersion())).orElse(null);
            if (instrument == null) {
                p.add(new FieldProblem(d.instrumentVersion() == null ? "instrumentCode" : "instrumentVersion",
                        "programs.round.unknownInstrument"));
            }
        }
        if (d.opensOn() == null) {
            p.add(new FieldProblem("opensOn", "validation.required"));
        }
        if (d.closesOn() == null) {
            p.add(new FieldProblem("closesOn", "validation.required"));
        } else if (d.opensOn() != null && d.closesOn().isBefore(d.opensOn())) {
            p.add(new FieldProblem("closesOn", "programs.round.closesBeforeOpening"));
        }
        if (instrument != null) {
            for (SurveyRound other : roundsOf(cohortId)) {
                if (!other.instrumentCode().equals(instrument.code())) {
                    continue;
                }
                if (other.kind() == d.kind()) {
                    p.add(new FieldProblem("kind", "programs.round.duplicate"));
                } else if (other.instrumentVersion() != instrument.version()) {
                    p.add(new FieldProblem("instrumentVersion", "programs.round.versionMismatch",
                            other.instrumentVersion()));
                }
            }
        }
        if (!p.isEmpty()) {
            throw new UserInputException(p);
        }
        long id = jdbc.sql("""
                        INSERT INTO survey_round (cohort_id, kind, instrument_code, instrument_version, opens_on,
                                                  closes_on, created_by)
                        VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(cohortId, d.kind().name(), instrument.code(), instrument.version(), d.opensOn(), d.closesOn(),
                        user.id()).query(Long.class).single();
        audit.record(user, "survey.round.create", "survey_round", id);
        return round(id).orElseThrow();
    }

    /** The instrument version a round uses. */
    public SurveyInstrument instrument(SurveyRound round) {
        return instruments.find(round.instrumentCode(), round.instrumentVersion()).orElseThrow(
                () -> new IllegalStateException("round " + round.id() + " uses an instrument that is not published"));
    }

    /** The round's responses (scores and answers), for the cohort's staff. Audited. */
    @Transactional
    public List<StoredResponse> responses(long cohortId, long roundId, CurrentUser user) {
        round(cohortId, roundId, user);
        audit.record(user, "survey.response.read", "survey_round", roundId);
        return responsesOfRounds(List.of(roundId));
    }

    /** Responses of the given rounds (for the impact analysis, which shows only aggregates). */
    public List<StoredResponse> responsesOfRounds(List<Long> roundIds) {
        if (roundIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        SELECT id, round_id, enrolment_id, instrument_code, instrument_version, answers::text, score,
                               band_code, band_index, indicators::text, channel, recorded_at
                        FROM survey_response WHERE round_id IN (:ids) ORDER BY round_id, enrolment_id""")
                .param("ids", roundIds)
                .query((rs, n) -> new StoredResponse(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4),
                        rs.getInt(5), JSON.readValue(rs.getString(6), new TypeReference<Map<String, Integer>>() { }),
                        (Double) rs.getObject(7), rs.getString(8), (Integer) rs.getObject(9),
                        JSON.readValue(rs.getString(10), new TypeReference<Map<String, Boolean>>() { }),
                        rs.getString(11), rs.getTimestamp(12).toInstant())).list();
    }

    /** Records a participant's answers as entered by the cohort's staff; refused whole when anything is wrong. */
    @Transactional
    public StoredResponse record(long cohortId, ResponseDraft d, CurrentUser user) {
        cohorts.get(cohortId, user);
        if (d.roundId() == null) {
            throw new UserInputException("roundId", "validation.required");
        }
        SurveyRound round = round(d.roundId()).filter(r -> r.cohortId() == cohortId)
                .orElseThrow(() -> new UserInputException("roundId", "programs.response.unknownRound"));
        StoredResponse stored = store(round, d.enrolmentId(), d.answers(), today(), user.id());
        audit.record(user, "survey.response.create", "survey_response", stored.id());
        return stored;
    }

    /**
     * Checks and stores a response to the round for the day {@code day} ({@code recordedBy} null: the participant
     * through her link). Every problem is named at once; nothing is stored when there is one.
     */
    StoredResponse store(SurveyRound round, Long enrolmentId, Map<String, Integer> answers, LocalDate day,
                         Long recordedBy) {
        jdbc.sql("SELECT id FROM survey_round WHERE id = ? FOR UPDATE").param(round.id()).query(Long.class).single();
        List<FieldProblem> p = new ArrayList<>();
        if (!round.isOpenOn(day)) {
            p.add(new FieldProblem("roundId", "programs.response.roundClosed", round.opensOn(), round.closesOn()));
        }
        if (enrolmentId == null) {
            p.add(new FieldProblem("enrolmentId", "validation.required"));
        } else if (jdbc.sql("SELECT count(*) FROM enrolment WHERE id = ? AND cohort_id = ? AND status IN ('ENROLLED', 'COMPLETED')")
                .params(enrolmentId, round.cohortId()).query(Long.class).single() == 0) {
            p.add(new FieldProblem("enrolmentId", "programs.response.notEnrolled"));
        } else if (answered(round.id(), enrolmentId)) {
            p.add(new FieldProblem("enrolmentId", "programs.response.alreadyAnswered"));
        }
        SurveyInstrument instrument = instrument(round);
        p.addAll(SurveyScoring.problems(instrument, answers));
        if (!p.isEmpty()) {
            throw new UserInputException(p);
        }
        SurveyResult result = SurveyScoring.score(instrument, answers);
        long id;
        try {
            id = jdbc.sql("""
                            INSERT INTO survey_response (round_id, enrolment_id, instrument_code, instrument_version,
                                answers, score, band_code, band_index, indicators, channel, recorded_by)
                            VALUES (?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?::jsonb, ?, ?) RETURNING id""")
                    .params(round.id(), enrolmentId, result.instrumentCode(), result.instrumentVersion(),
                            JSON.writeValueAsString(new LinkedHashMap<>(result.answers())), result.score(),
                            result.band() == null ? null : result.band().code(), result.bandIndex(),
                            JSON.writeValueAsString(new LinkedHashMap<>(result.indicators())),
                            recordedBy == null ? "LINK" : "STAFF", recordedBy)
                    .query(Long.class).single();
        } catch (DuplicateKeyException raced) {
            throw new UserInputException("enrolmentId", "programs.response.alreadyAnswered");
        }
        return responsesOfRounds(List.of(round.id())).stream().filter(r -> r.id() == id).findFirst().orElseThrow();
    }

    boolean answered(long roundId, long enrolmentId) {
        return jdbc.sql("SELECT count(*) FROM survey_response WHERE round_id = ? AND enrolment_id = ?")
                .params(roundId, enrolmentId).query(Long.class).single() > 0;
    }

    /** Who may answer a round: the people holding a place in the cohort, with whether they have answered. */
    public List<Respondent> respondents(Cohort cohort, SurveyRound round, List<kz.tendik.programs.cohort.Enrolment> enrolments) {
        List<Long> answered = jdbc.sql("SELECT enrolment_id FROM survey_response WHERE round_id = ?").param(round.id())
                .query(Long.class).list();
        return enrolments.stream()
                .filter(e -> e.status().name().equals("ENROLLED") || e.status().name().equals("COMPLETED"))
                .map(e -> new Respondent(e.id(), e.name(), answered.contains(e.id()))).toList();
    }

    public record Respondent(long enrolmentId, String name, boolean answered) {
    }
}
