package kz.tendik.cases.referral;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import kz.tendik.cases.access.CaseAccess;
import kz.tendik.cases.casefile.CaseEventType;
import kz.tendik.cases.casefile.ConsentPurpose;
import kz.tendik.cases.file.Timeline;
import kz.tendik.cases.support.CasesAudit;
import kz.tendik.cases.support.Idempotency;
import kz.tendik.identity.CurrentUser;
import kz.tendik.shared.referral.ProgrammeReferralCodes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Referrals of a survivor to an empowerment or education programme: with her current consent to it, the case issues
 * a random code (ten characters of Crockford's base 32, 50 bits) that she gives when she enrols. The programme keeps
 * the code and can only ask whether it was issued; nothing leads from it back to the case. Audited as
 * {@code programme-referral.issue} and {@code .read}, on the timeline.
 */
@Service
public class ProgrammeReferrals implements ProgrammeReferralCodes {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final CaseAccess access;
    private final CaseConsents consents;
    private final Timeline timeline;
    private final CasesAudit audit;
    private final Idempotency idempotency;
    private final Clock clock;

    ProgrammeReferrals(JdbcClient jdbc, CaseAccess access, CaseConsents consents, Timeline timeline, CasesAudit audit,
                       Idempotency idempotency, Clock clock) {
        this.idempotency = idempotency;
        this.jdbc = jdbc;
        this.access = access;
        this.consents = consents;
        this.timeline = timeline;
        this.audit = audit;
        this.clock = clock;
    }

    /** A code issued for the case, with when and by whom. */
    public record ProgrammeReferral(long id, String code, Instant issuedAt, String issuedByName) {
    }

    /**
     * Issues a new code; refused (422 naming {@code consent}) without the survivor's current consent to it. With an
     * {@code Idempotency-Key}, a retry gets the code first issued ({@code repeated}) instead of a second one.
     */
    @Transactional
    public Issued issue(CurrentUser user, long caseId, String key) {
        CaseAccess.Grant grant = access.write(user, caseId, "programme-referral.issue");
        Idempotency.Outcome outcome = idempotency.once(user, "programme-referral.issue:" + caseId, key, List.of(), () -> {
            long consent = consents.current(caseId, ConsentPurpose.PROGRAMME, null)
                    .orElseThrow(() -> new ConsentRequiredException("consent", "cases.programmeReferral.consentRequired",
                            ConsentPurpose.PROGRAMME.messageKey()));
            Instant now = clock.instant();
            long id = jdbc.sql("""
                    INSERT INTO programme_referral (case_id, code, consent_id, issued_by, issued_at)
                    VALUES (?, ?, ?, ?, ?) RETURNING id""")
                    .params(caseId, newCode(), consent, user.id(), Timestamp.from(now)).query(Long.class).single();
            timeline.record(caseId, CaseEventType.PROGRAMME_REFERRAL_ISSUED, now, user.id(), id);
            audit.success(user, "programme-referral.issue", "case", caseId, grant.purpose());
            return id;
        });
        return new Issued(where("p.id = ?", outcome.id()).get(0), outcome.repeated());
    }

    /** A code just issued, or the one a retry with the same key gets again. */
    public record Issued(ProgrammeReferral referral, boolean repeated) {
    }

    /** The codes issued for the case, newest first (the read is audited). */
    @Transactional
    public List<ProgrammeReferral> list(CurrentUser user, long caseId) {
        CaseAccess.Grant grant = access.read(user, caseId);
        audit.read(user, "programme-referral.read", "case", caseId, grant.purpose());
        return of(caseId);
    }

    /** For a page whose caller has checked and audited the read of the case. */
    public List<ProgrammeReferral> of(long caseId) {
        return where("p.case_id = ?", caseId);
    }

    private List<ProgrammeReferral> where(String condition, long value) {
        return jdbc.sql("""
                SELECT p.id, p.code, p.issued_at, u.display_name
                FROM programme_referral p JOIN app_user u ON u.id = p.issued_by
                WHERE %s ORDER BY p.issued_at DESC, p.id DESC""".formatted(condition))
                .param(value)
                .query((rs, n) -> new ProgrammeReferral(rs.getLong(1), rs.getString(2),
                        rs.getTimestamp(3).toInstant(), rs.getString(4)))
                .list();
    }

    @Override
    @Transactional(readOnly = true)
    public boolean isIssued(String code) {
        return ProgrammeReferralCodes.normalise(code)
                .map(c -> jdbc.sql("SELECT EXISTS (SELECT 1 FROM programme_referral WHERE code = ?)").param(c)
                        .query(Boolean.class).single())
                .orElse(false);
    }

    /** A new random code (also for the demo cases, which are written without the audited service). */
    public static String newCode() {
        StringBuilder code = new StringBuilder("PR-");
        for (int i = 0; i < 10; i++) {
            if (i == 5) {
                code.append('-');
            }
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }
}
