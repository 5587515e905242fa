package kz.tendik.cases.referral;

import java.util.Optional;

import kz.tendik.cases.casefile.ConsentPurpose;
import kz.tendik.cases.casefile.ReferralPurpose;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The survivor's current answer to a consent question: the latest record for the purpose (and referral purpose)
 * counts, so a consent withdrawn later is a refusal.
 */
@Component
class CaseConsents {

    private final JdbcClient jdbc;

    CaseConsents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The id of the consent record that currently allows it, empty when none is recorded or the latest refuses. */
    Optional<Long> current(long caseId, ConsentPurpose purpose, ReferralPurpose referralTo) {
        record Latest(long id, boolean given) {
        }
        return jdbc.sql("""
                SELECT id, given FROM consent WHERE case_id = ? AND purpose = ? AND referral_to IS NOT DISTINCT FROM ?
                ORDER BY given_on DESC, recorded_at DESC, id DESC LIMIT 1""")
                .params(caseId, purpose.name(), referralTo == null ? null : referralTo.name())
                .query((rs, n) -> new Latest(rs.getLong(1), rs.getBoolean(2))).optional()
                .filter(Latest::given).map(Latest::id);
    }
}
