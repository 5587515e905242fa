package kz.tendik.cases.access;

import java.util.Collections;
import java.util.Set;

import kz.tendik.identity.OrgUnit;
import kz.tendik.identity.Role;

/**
 * The decision table of case access, with no database: a caseworker reaches the cases assigned to them; a supervisor
 * the cases of her centre assigned to at least one caseworker of her team, and the centre's cases assigned to no one
 * yet (so that a new or transferred case reaches a supervisor before anyone takes it; decision 0026); a centre
 * manager the centre's cases; a supervisor or manager reaches another case only through a current break-glass grant;
 * every other role reaches none (they are refused before this, with 403, by the role rules of {@code AccessPolicy}).
 */
public final class CaseAccessRule {

    private CaseAccessRule() {
    }

    /**
     * @param assigned the caseworkers assigned to the case
     * @param team     the caseworkers the user supervises ({@code Teams}); only a supervisor's counts
     */
    public static CaseReach reach(Role role, long userId, OrgUnit userUnit, long caseCentreId, Set<Long> assigned,
                                  Set<Long> team, boolean currentBreakGlass) {
        boolean sameCentre = userUnit.level() == OrgUnit.Level.CENTRE && userUnit.centreId() == caseCentreId;
        CaseReach beyond = currentBreakGlass ? CaseReach.BREAK_GLASS : CaseReach.NONE;
        return switch (role) {
            case CASEWORKER -> assigned.contains(userId) ? CaseReach.ASSIGNED : CaseReach.NONE;
            case SUPERVISOR -> sameCentre && (assigned.isEmpty() || !Collections.disjoint(assigned, team))
                    ? CaseReach.TEAM : beyond;
            case CENTRE_MANAGER -> sameCentre ? CaseReach.CENTRE : beyond;
            default -> CaseReach.NONE;
        };
    }

    /** Whether the role may ask for break-glass access to a case it does not reach otherwise. */
    public static boolean mayBreakGlass(Role role) {
        return role == Role.SUPERVISOR || role == Role.CENTRE_MANAGER;
    }
}
