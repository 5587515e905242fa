package kz.tendik.cases.access;

import java.util.List;
import java.util.Map;
import java.util.Set;

import kz.tendik.identity.CurrentUser;
import kz.tendik.identity.OrgUnit;
import kz.tendik.identity.Role;

/**
 * The cases a user reaches in lists, as an SQL condition on {@code case_file c} with its named parameters: a
 * caseworker's assigned cases; a supervisor's centre's cases assigned to a caseworker of her team or to no one yet; a
 * manager's centre's cases (the same rule as {@link CaseAccessRule}, without break-glass grants: those open one case,
 * never a list). Every other role: no case at all. {@link CaseAccess#scope} gives it with the supervisor's team.
 */
public record CaseScope(String condition, Map<String, Object> params, boolean resolvedOnce) {

    /**
     * A scope {@code resolvedOnce} is a caseworker's or a supervisor's: at most a team's few thousand cases, reached
     * through their assignments, which a statement with several parts should resolve once and reuse (decision 0034); a
     * manager's (every case of the centre) is better left to each part's own index.
     */
    CaseScope(String condition, Map<String, Object> params) {
        this(condition, params, false);
    }

    /** Assigned to no one: a flag kept on the case by triggers on case_assignment (V20261202_0502). */
    private static final String UNASSIGNED = "c.unassigned";

    /** The user's scope; {@code team} is the caseworkers she supervises (it counts for a supervisor only). */
    public static CaseScope of(CurrentUser user, Set<Long> team) {
        if (user.role() == Role.CASEWORKER) {
            return new CaseScope("c.id IN (SELECT sa.case_id FROM case_assignment sa WHERE sa.user_id = :scopeUser)",
                    Map.of("scopeUser", user.id()), true);
        }
        if (user.orgUnit().level() != OrgUnit.Level.CENTRE) {
            return new CaseScope("FALSE", Map.of());
        }
        Long centre = user.orgUnit().centreId();
        if (user.role() == Role.CENTRE_MANAGER) {
            return new CaseScope("c.centre_id = :scopeCentre", Map.of("scopeCentre", centre));
        }
        if (user.role() == Role.SUPERVISOR) {
            return team.isEmpty()
                    ? new CaseScope("c.centre_id = :scopeCentre AND " + UNASSIGNED, Map.of("scopeCentre", centre), true)
                    // driven by the team's assignments and the centre's few unassigned cases (an index each), not
                    // by testing every case of the centre against an OR (3,000-14,000 cases, decision 0033)
                    : new CaseScope("c.centre_id = :scopeCentre AND c.id IN (SELECT ta.case_id FROM case_assignment ta"
                            + " WHERE ta.user_id IN (:scopeTeam) UNION ALL SELECT ua.id FROM case_file ua"
                            + " WHERE ua.centre_id = :scopeCentre AND ua.unassigned)",
                            Map.of("scopeCentre", centre, "scopeTeam", List.copyOf(team)), true);
        }
        return new CaseScope("FALSE", Map.of());
    }

    /** A case that is not closed (never closed, or reopened after its latest closure). */
    public static final String OPEN = "NOT (c.closed_at IS NOT NULL AND (c.reopened_at IS NULL OR c.closed_at > c.reopened_at))";

    /** The stage of {@code case_file c} in SQL, exactly as {@code CaseFacts.stage()} derives it in Java. */
    public static final String STAGE = """
            CASE WHEN c.closed_at IS NOT NULL AND (c.reopened_at IS NULL OR c.closed_at > c.reopened_at) THEN 'CLOSED'
                 WHEN c.reopened_at IS NOT NULL AND (c.last_activity_at IS NULL OR c.last_activity_at <= c.reopened_at)
                      THEN 'REOPENED'
                 WHEN c.planned_services > 0 AND c.settled_services >= c.planned_services THEN 'SERVICES_IMPLEMENTED'
                 WHEN c.started_services > 0 OR c.settled_services > 0 THEN 'SERVICES'
                 WHEN c.case_plan_recorded THEN 'CASE_PLAN'
                 WHEN c.assessment_recorded THEN 'ASSESSMENT'
                 ELSE 'NEW' END""";
}
