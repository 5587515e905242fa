package kz.tendik.identity;

/**
 * Everything a user can ask Tendik to do. Every HTTP endpoint names one with {@link Requires}; the
 * {@link AccessPolicy} decides which roles may perform it and in which org units.
 */
public enum Action {
    /** Pages and calls open to anyone, signed in or not (login, public help). */
    PUBLIC,
    /** The signed-in user's own home page, language, password, two-factor and tokens. */
    OWN_ACCOUNT,
    /** Read the directory of regions, centres, service providers and hotlines. */
    DIRECTORY_READ,
    /** Create, change and deactivate centres, service providers and hotlines. */
    DIRECTORY_MANAGE,
    /** Create users, change their role and scope, reset their two-factor, unlock them. */
    USER_MANAGE,
    /**
     * Set who supervises whom: which caseworkers of a centre are in a supervisor's team (an administrator anywhere, a
     * centre manager in their own centre). A supervisor reaches her team's cases (decision 0026).
     */
    TEAM_MANAGE,
    /** Read the audit log and check its chain. */
    AUDIT_READ,
    /** Read survivors and case files within the case reach of the role (assigned, the team's, the centre's). */
    CASE_READ,
    /** Register survivors, open cases and record on them, within the same reach. */
    CASE_WRITE,
    /** Open a case outside one's normal reach for a limited time, with a reason, audited and shown on the case. */
    CASE_BREAK_GLASS,
    /**
     * Export the incidents of the cases within one's case reach as an Incident Recorder workbook (survivor codes,
     * never names); every export is audited.
     */
    CASE_EXPORT,
    /**
     * Refer a case without the survivor's recorded consent for that service, or transfer it to another centre without
     * her recorded consent to the transfer, giving a reason code (audited as the code only, shown on the case).
     */
    CASE_CONSENT_OVERRIDE,
    /**
     * Approve a caseworker's request to close a case of one's team or centre, or return it with a reason; never one's
     * own request.
     */
    CASE_CLOSURE_APPROVE,
    /** Mark a case plan of one's team or centre reviewed; never a plan one changed last oneself. */
    CASE_PLAN_REVIEW,
    /** Place or lift a legal hold on a case of one's centre: while held, retention purges nothing of it. */
    CASE_LEGAL_HOLD,
    /** Edit the public portal's safety and rights pages. */
    PORTAL_MANAGE,
    /** Define programmes and their completion rules, within the coordinator's org unit. */
    PROGRAMME_MANAGE,
    /**
     * Open, change and close cohorts, issue and revoke certificates, within the coordinator's org unit. Not for
     * administrators: a cohort holds participants' personal data, which is programme staff's alone.
     */
    COHORT_MANAGE,
    /** Run a cohort: see it, enrol participants and record attendance (a facilitator only for their own cohorts). */
    COHORT_FACILITATE,
    /** Read programme results: indicators, impact analyses and exports (aggregates only), within one's org unit. */
    PROGRAMME_RESULTS_READ,
    /** Read the indicator catalogue and the indicator values with their history. */
    INDICATOR_READ,
    /** Import indicator values (long-format CSV, UNDP HDR and WEF files). */
    INDICATOR_MANAGE
}
