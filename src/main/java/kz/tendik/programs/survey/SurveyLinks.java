package kz.tendik.programs.survey;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import kz.tendik.identity.CurrentUser;
import kz.tendik.shared.web.UserInputException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One-time links through which a participant answers a round on her own phone without an account. The token is
 * 128 random bits (SecureRandom, URL-safe Base64, 22 characters): unguessable; only its SHA-256 is stored, so the
 * database does not hold usable links. A link opens one form — one round, one participant — and shows nothing
 * else (no name, no other answers). It works until it is used (a stored response spends it), until the round
 * closes, or for {@value #DAYS_VALID} days, whichever is first; issuing a new link for the same participant and
 * round cancels the unused old one. An unknown, used or expired link all look the same (404).
 */
@Service
public class SurveyLinks {

    static final int DAYS_VALID = 14;
    private static final SecureRandom RANDOM = new SecureRandom();
    static final Set<String> LANGUAGES = Set.of("kk", "ru", "en");

    private final JdbcClient jdbc;
    private final SurveyRounds rounds;
    private final SurveyAudit audit;
    private final Clock clock;

    SurveyLinks(JdbcClient jdbc, SurveyRounds rounds, SurveyAudit audit, Clock clock) {
        this.jdbc = jdbc;
        this.rounds = rounds;
        this.audit = audit;
        this.clock = clock;
    }

    /** What a valid link opens: the round, the participant's enrolment and the language of the form. */
    public record LinkTarget(SurveyRound round, long enrolmentId, String language) {
    }

    /** An issued link: the token (shown once, never stored) and until when it works. */
    public record IssuedLink(String token, Instant expiresAt) {
    }

    /** Issues a link for a participant holding a place in the cohort who has not answered the open round yet. */
    @Transactional
    public IssuedLink issue(long cohortId, long roundId, Long enrolmentId, String language, CurrentUser user) {
        SurveyRound round = rounds.round(cohortId, roundId, user);
        java.util.List<UserInputException.FieldProblem> p = new java.util.ArrayList<>();
        if (!round.isOpenOn(rounds.today())) {
            p.add(new UserInputException.FieldProblem("roundId", "programs.response.roundClosed", round.opensOn(),
                    round.closesOn()));
        }
        if (enrolmentId == null) {
            p.add(new UserInputException.FieldProblem("enrolmentId", "validation.required"));
        } else if (jdbc.sql("SELECT count(*) FROM enrolment WHERE id = ? AND cohort_id = ? AND status IN ('ENROLLED', 'COMPLETED')")
                .params(enrolmentId, cohortId).query(Long.class).single() == 0) {
            p.add(new UserInputException.FieldProblem("enrolmentId", "programs.response.notEnrolled"));
        } else if (rounds.answered(roundId, enrolmentId)) {
            p.add(new UserInputException.FieldProblem("enrolmentId", "programs.response.alreadyAnswered"));
        }
        if (language == null || !LANGUAGES.contains(language)) {
            p.add(new UserInputException.FieldProblem("language", "validation.invalidValue"));
        }
        if (!p.isEmpty()) {
            throw new UserInputException(p);
        }
        byte[] secret = new byte[16];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Instant now = clock.instant();
        // the round's last day ends at midnight in Kazakhstan (the application's zone), not at UTC midnight
        Instant roundEnd = round.closesOn().plusDays(1).atStartOfDay(rounds.zone()).toInstant();
        Instant expires = now.plus(Duration.ofDays(DAYS_VALID));
        if (roundEnd.isBefore(expires)) {
            expires = roundEnd;
        }
        jdbc.sql("DELETE FROM survey_link WHERE round_id = ? AND enrolment_id = ? AND used_at IS NULL")
                .params(roundId, enrolmentId).update();
        jdbc.sql("""
                INSERT INTO survey_link (token_sha256, round_id, enrolment_id, language, issued_by, issued_at, expires_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(hash(token), roundId, enrolmentId, language, user.id(), Timestamp.from(now),
                        Timestamp.from(expires)).update();
        audit.record(user, "survey.link.issue", "enrolment", enrolmentId);
        return new IssuedLink(token, expires);
    }

    /** The form a token opens, if it is valid now. */
    public Optional<LinkTarget> open(String token) {
        return target(token, false);
    }

    private Optional<LinkTarget> target(String token, boolean lock) {
        if (token == null || !token.matches("[A-Za-z0-9_-]{22}")) {
            return Optional.empty();
        }
        record Row(long roundId, long enrolmentId, String language) {
        }
        return jdbc.sql("""
                        SELECT round_id, enrolment_id, language FROM survey_link
                        WHERE token_sha256 = ? AND used_at IS NULL AND expires_at > ?""" + (lock ? " FOR UPDATE" : ""))
                .params(hash(token), Timestamp.from(clock.instant()))
                .query((rs, n) -> new Row(rs.getLong(1), rs.getLong(2), rs.getString(3))).optional()
                .flatMap(row -> rounds.round(row.roundId())
                        .map(round -> new LinkTarget(round, row.enrolmentId(), row.language())));
    }

    /**
     * Stores the participant's answers and spends the link, together: refused whole (the link stays usable) when
     * anything is wrong. Empty when the link is not valid.
     */
    @Transactional
    public Optional<StoredResponse> answer(String token, Map<String, Integer> answers) {
        Optional<LinkTarget> target = target(token, true);
        if (target.isEmpty()) {
            return Optional.empty();
        }
        LinkTarget t = target.get();
        StoredResponse stored = rounds.store(t.round(), t.enrolmentId(), answers, rounds.today(), null);
        jdbc.sql("UPDATE survey_link SET used_at = ? WHERE token_sha256 = ?")
                .params(Timestamp.from(clock.instant()), hash(token)).update();
        audit.recordParticipant("survey.response.create", "survey_response", stored.id());
        return Optional.of(stored);
    }

    static byte[] hash(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
