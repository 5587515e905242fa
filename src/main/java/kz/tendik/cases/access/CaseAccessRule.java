package kz.tendik.cases.access;

import java.util.Set;

import kz.tendik.identity.OrgUnit;
import kz.tendik.identity.Role;

/**
 * The decision table of case access, with no database: a caseworker reaches the cases assigned to them, a
 * supervisor the cases of their centre's team, a centre manager the centre's cases; a supervisor or manager
 * reaches another case only through a current break-glass grant; every other role reaches none (they are refused
 * before this, with 403, by the role rules of {@code AccessPolicy}).
 */
public final class CaseAccessRule {

    private CaseAccessRule() {
    }

    public static CaseReach reach(Role role, long userId, OrgUnit userUnit, long caseCentreId, Set<Long> assigned,
                                  boolean currentBreakGlass) {
        boolean sameCentre = userUnit.level() == OrgUnit.Level.CENTRE && userUnit.centreId() == caseCentreId;
        return switch (role) {
            case CASEWORKER -> assigned.contains(userId) ? CaseReach.ASSIGNED : CaseReach.NONE;
            case SUPERVISOR -> sameCentre ? CaseReach.TEAM : currentBreakGlass ? CaseReach.BREAK_GLASS : CaseReach.NONE;
            case CENTRE_MANAGER -> sameCentre ? CaseReach.CENTRE
                    : currentBreakGlass ? CaseReach.BREAK_GLASS : CaseReach.NONE;
            default -> CaseReach.NONE;
        };
    }

    /** Whether the role may ask for break-glass access to a case it does not reach otherwise. */
    public static boolean mayBreakGlass(Role role) {
        return role == Role.SUPERVISOR || role == Role.CENTRE_MANAGER;
    }
}
