package kz.tendik.cases.access;

import java.util.Set;

import kz.tendik.identity.OrgUnit;
import kz.tendik.identity.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The decision table of case access: who reaches a case of centre 3 (region KZ-71), assigned to caseworker 10. A
 * supervisor's team is {10} (hers) or {11} (another caseworker's) or empty.
 */
class CaseAccessRuleTest {

    private static final long CASE_CENTRE = 3;
    private static final Set<Long> ASSIGNED = Set.of(10L);
    private static final Set<Long> HER_TEAM = Set.of(10L, 12L);
    private static final Set<Long> ANOTHER_TEAM = Set.of(11L);

    @ParameterizedTest(name = "{0} #{1} at centre {2}, break-glass {3} -> {4}")
    @CsvSource({
            "CASEWORKER,     10, 3, false, ASSIGNED",
            "CASEWORKER,     11, 3, false, NONE",
            "CASEWORKER,     11, 3, true,  NONE",
            "CASEWORKER,     12, 4, false, NONE",
            "SUPERVISOR,     20, 3, false, TEAM",
            "SUPERVISOR,     21, 4, false, NONE",
            "SUPERVISOR,     21, 4, true,  BREAK_GLASS",
            "CENTRE_MANAGER, 30, 3, false, CENTRE",
            "CENTRE_MANAGER, 31, 4, false, NONE",
            "CENTRE_MANAGER, 31, 4, true,  BREAK_GLASS",
            "ADMIN,          40, 3, true,  NONE",
            "REGIONAL_COORDINATOR, 50, 3, true, NONE",
            "NATIONAL_ANALYST, 60, 3, false, NONE",
            "AUDITOR,        70, 3, true,  NONE",
            "PROGRAMME_COORDINATOR, 80, 3, false, NONE",
            "FACILITATOR,    90, 3, false, NONE"})
    void reachOfEachRoleWhoseTeamHasTheCaseworker(Role role, long userId, long userCentre, boolean breakGlass,
                                                  CaseReach expected) {
        assertThat(reach(role, userId, userCentre, ASSIGNED, HER_TEAM, breakGlass)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "assigned {0}, team {1}, centre {2}, break-glass {3} -> {4}")
    @CsvSource({
            // a case of her team: one assigned caseworker in it is enough
            "10,    10,    3, false, TEAM",
            "10 11, 11,    3, false, TEAM",
            // another team's case of her centre: only by break-glass
            "10,    11,    3, false, NONE",
            "10,    11,    3, true,  BREAK_GLASS",
            "10,    '',    3, false, NONE",
            // a case assigned to no one yet: every supervisor of the centre, team or not
            "'',    11,    3, false, TEAM",
            "'',    '',    3, false, TEAM",
            // never another centre's case, even one of her team's caseworkers (a row left behind) or unassigned
            "10,    10,    4, false, NONE",
            "'',    10,    4, false, NONE",
            "'',    10,    4, true,  BREAK_GLASS"})
    void aSupervisorReachesHerTeamsCasesAndTheUnassignedOnesOfHerCentre(String assigned, String team, long userCentre,
                                                                       boolean breakGlass, CaseReach expected) {
        assertThat(reach(Role.SUPERVISOR, 20, userCentre, ids(assigned), ids(team), breakGlass)).isEqualTo(expected);
    }

    @Test
    void aTeamCountsForASupervisorOnly() {
        assertThat(reach(Role.CASEWORKER, 11, 3, ASSIGNED, HER_TEAM, false)).isEqualTo(CaseReach.NONE);
        assertThat(reach(Role.CENTRE_MANAGER, 30, 3, ASSIGNED, ANOTHER_TEAM, false)).isEqualTo(CaseReach.CENTRE);
        assertThat(reach(Role.CENTRE_MANAGER, 30, 3, Set.of(), Set.of(), false)).isEqualTo(CaseReach.CENTRE);
    }

    @Test
    void onlySupervisorsAndManagersMayBreakTheGlass() {
        for (Role role : Role.values()) {
            assertThat(CaseAccessRule.mayBreakGlass(role))
                    .isEqualTo(role == Role.SUPERVISOR || role == Role.CENTRE_MANAGER);
        }
    }

    private static CaseReach reach(Role role, long userId, long userCentre, Set<Long> assigned, Set<Long> team,
                                   boolean breakGlass) {
        OrgUnit unit = role.narrowestScope() == OrgUnit.Level.CENTRE ? OrgUnit.centre("KZ-71", userCentre)
                : role.narrowestScope() == OrgUnit.Level.REGION ? OrgUnit.region("KZ-71") : OrgUnit.NATIONAL;
        return CaseAccessRule.reach(role, userId, unit, CASE_CENTRE, assigned, team, breakGlass);
    }

    private static Set<Long> ids(String spaced) {
        return spaced == null || spaced.isBlank() ? Set.of()
                : java.util.Arrays.stream(spaced.trim().split("\\s+")).map(Long::valueOf)
                        .collect(java.util.stream.Collectors.toSet());
    }
}
