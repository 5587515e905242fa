package kz.tendik.cases.access;

import java.util.Set;

import kz.tendik.identity.OrgUnit;
import kz.tendik.identity.Role;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The decision table of case access: who reaches a case of centre 3 (region KZ-71), assigned to user 10. */
class CaseAccessRuleTest {

    private static final long CASE_CENTRE = 3;
    private static final Set<Long> ASSIGNED = Set.of(10L);

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
    void reachOfEachRole(Role role, long userId, long userCentre, boolean breakGlass, CaseReach expected) {
        OrgUnit unit = role.narrowestScope() == OrgUnit.Level.CENTRE ? OrgUnit.centre("KZ-71", userCentre)
                : role.narrowestScope() == OrgUnit.Level.REGION ? OrgUnit.region("KZ-71") : OrgUnit.NATIONAL;
        assertThat(CaseAccessRule.reach(role, userId, unit, CASE_CENTRE, ASSIGNED, breakGlass)).isEqualTo(expected);
    }

    @Test
    void onlySupervisorsAndManagersMayBreakTheGlass() {
        for (Role role : Role.values()) {
            assertThat(CaseAccessRule.mayBreakGlass(role))
                    .isEqualTo(role == Role.SUPERVISOR || role == Role.CENTRE_MANAGER);
        }
    }
}
