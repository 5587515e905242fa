package kz.tendik.cases.work;

/**
 * The parts of a caseworker's home, each one SQL query over {@code work_case c} (the cases the user reaches, with the
 * columns of {@link #CASE_COLUMNS}, defined by {@code CaseWork}) giving a row per item: the case, a date and a code to
 * show beside it. Its placeholders: a condition on the item ({@code TRUE} or a caseworker's own follow-ups) and on the
 * case (open or not). Every part is served by an index of migration V20261129_0560 (decision 0014) when the scope is
 * a centre's; a caseworker's or a supervisor's cases are resolved once per statement (decision 0034).
 */
public enum WorkSection {
    /** Open cases, latest activity first. */
    MY_CASES("""
            SELECT c.id AS item_id, c.id AS case_id, c.case_number, c.survivor_id,
                   COALESCE(c.last_activity_at, c.opened_at) AS sort_at, (c.opened_at AT TIME ZONE :zone)::date AS on_date,
                   %s AS code
            FROM work_case c WHERE %s AND %s""", "sort_at DESC, case_id DESC"),
    /** Open tasks and follow-ups past their due date (a caseworker's own, or unassigned ones on their cases). */
    OVERDUE_FOLLOW_UPS("""
            SELECT f.id AS item_id, c.id AS case_id, c.case_number, c.survivor_id, f.due_on AS sort_at,
                   f.due_on AS on_date, (:today - f.due_on)::text AS code
            FROM follow_up f JOIN work_case c ON c.id = f.case_id
            WHERE f.done_at IS NULL AND f.due_on < :today AND %s AND %s""", "sort_at, item_id"),
    /** Protective measures that expire within the next seven days. */
    EXPIRING_MEASURES("""
            SELECT m.id AS item_id, c.id AS case_id, c.case_number, c.survivor_id, m.expires_at AS sort_at,
                   m.expires_at::date AS on_date, m.type AS code
            FROM protective_measure m JOIN work_case c ON c.id = m.case_id
            WHERE m.expires_at > :now AND m.expires_at <= :week AND %s AND %s""", "sort_at, item_id"),
    /** Open cases whose latest risk assessment is high and that have no safety plan. */
    HIGH_RISK_WITHOUT_PLAN("""
            SELECT c.id AS item_id, c.id AS case_id, c.case_number, c.survivor_id, c.risk_assessed_at AS sort_at,
                   (c.risk_assessed_at AT TIME ZONE :zone)::date AS on_date, c.risk_level AS code
            FROM work_case c
            WHERE c.risk_level = 'HIGH' AND NOT EXISTS (SELECT 1 FROM safety_plan p WHERE p.case_id = c.id)
              AND %s AND %s""", "sort_at, case_id"),
    /** Open cases with an incident recorded after their latest risk assessment (or none yet). */
    ASSESSMENTS_DUE("""
            SELECT c.id AS item_id, c.id AS case_id, c.case_number, c.survivor_id,
                   c.last_incident_recorded_at AS sort_at, (c.last_incident_recorded_at AT TIME ZONE :zone)::date AS on_date,
                   COALESCE(c.risk_level, '') AS code
            FROM work_case c
            WHERE c.last_incident_recorded_at IS NOT NULL
              AND (c.risk_assessed_at IS NULL OR c.last_incident_recorded_at > c.risk_assessed_at)
              AND %s AND %s""", "sort_at, case_id"),
    /** Open cases whose help plan's review date has passed (decision 0024; index of migration V20261201_0590). */
    PLAN_REVIEWS_DUE("""
            SELECT c.id AS item_id, c.id AS case_id, c.case_number, c.survivor_id, p.next_review_on AS sort_at,
                   p.next_review_on AS on_date, (:today - p.next_review_on)::text AS code
            FROM case_plan p JOIN work_case c ON c.id = p.case_id
            WHERE p.next_review_on < :today AND %s AND %s""", "sort_at, case_id"),
    /**
     * Break-glass grants on the user's cases in the last {@code CaseWork.BREAK_GLASS_NOTICE_DAYS} days, open or closed
     * (decision 0031; index of migration V20261202_0501): whoever owns a case learns that someone outside its reach
     * opened it, and by whom and why on its page. Code: whether the grantee works at another centre.
     */
    EMERGENCY_ACCESS("""
            SELECT b.id AS item_id, c.id AS case_id, c.case_number, c.survivor_id, b.granted_at AS sort_at,
                   (b.granted_at AT TIME ZONE :zone)::date AS on_date,
                   CASE WHEN g.centre_id IS DISTINCT FROM c.centre_id THEN 'OTHER_CENTRE' ELSE 'SAME_CENTRE' END AS code
            FROM break_glass b JOIN work_case c ON c.id = b.case_id JOIN app_user g ON g.id = b.user_id
            WHERE b.granted_at >= :noticeSince AND %s AND %s""", "sort_at DESC, item_id DESC");

    /** The columns of {@code case_file} the parts read. */
    static final String CASE_COLUMNS = """
            c.id, c.case_number, c.survivor_id, c.centre_id, c.opened_at, c.last_activity_at, c.closed_at, c.reopened_at,
            c.planned_services, c.settled_services, c.started_services, c.case_plan_recorded, c.assessment_recorded,
            c.risk_level, c.risk_assessed_at, c.last_incident_recorded_at""";

    private final String query;
    private final String order;

    WorkSection(String query, String order) {
        this.query = query;
        this.order = order;
    }

    String query() {
        return query;
    }

    String order() {
        return order;
    }

    /** The path segment of the section's own page: {@code overdue-follow-ups}. */
    public String slug() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    public static java.util.Optional<WorkSection> ofSlug(String slug) {
        return java.util.Arrays.stream(values()).filter(s -> s.slug().equals(slug)).findFirst();
    }

    public String messageKey() {
        return "cases.work." + name();
    }
}
