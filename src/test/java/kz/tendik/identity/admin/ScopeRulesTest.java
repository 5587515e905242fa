package kz.tendik.identity.admin;

import kz.tendik.identity.OrgUnit.Level;
import kz.tendik.identity.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

class ScopeRulesTest {

    @Test
    void anAdministratorAnalystAndAuditorAreNationalOnly() {
        assertThat(ScopeRules.levelsFor(Role.ADMIN)).containsExactly(Level.NATIONAL);
        assertThat(ScopeRules.levelsFor(Role.NATIONAL_ANALYST)).containsExactly(Level.NATIONAL);
        assertThat(ScopeRules.levelsFor(Role.AUDITOR)).containsExactly(Level.NATIONAL);
    }

    @Test
    void aCoordinatorCannotBeLimitedToACentre() {
        assertThat(ScopeRules.allows(Role.REGIONAL_COORDINATOR, Level.REGION)).isTrue();
        assertThat(ScopeRules.allows(Role.REGIONAL_COORDINATOR, Level.CENTRE)).isFalse();
        assertThat(ScopeRules.allows(Role.FACILITATOR, Level.CENTRE)).isFalse();
    }

    @Test
    void centreStaffMayBeScopedToACentreOrBroader() {
        assertThat(ScopeRules.levelsFor(Role.CASEWORKER)).containsExactly(Level.NATIONAL, Level.REGION, Level.CENTRE);
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void everyRoleMayBeGivenItsNarrowestScopeAndTheWholeCountry(Role role) {
        assertThat(ScopeRules.allows(role, role.narrowestScope())).isTrue();
        assertThat(ScopeRules.allows(role, Level.NATIONAL)).isTrue();
    }
}
