package kz.tendik.cases.access;

import java.util.List;
import java.util.Map;
import java.util.Set;

import kz.tendik.identity.CurrentUser;
import kz.tendik.identity.OrgUnit;
import kz.tendik.identity.Role;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The list scope in SQL: the same rule as {@link CaseAccessRule}, per role (checked on PostgreSQL by the HTTP tests). */
class CaseScopeTest {

    private static CurrentUser user(Role role, OrgUnit unit) {
        return new CurrentUser(7, "u", "U", role, unit, "ru", false, true, null);
    }

    private static final OrgUnit CENTRE = OrgUnit.centre("KZ-71", 3);

    @Test
    void aCaseworkerListsHerAssignedCases() {
        CaseScope scope = CaseScope.of(user(Role.CASEWORKER, CENTRE), Set.of(1L));
        assertThat(scope.condition()).contains("case_assignment").contains(":scopeUser");
        assertThat(scope.params()).isEqualTo(Map.of("scopeUser", 7L));
    }

    @Test
    void aSupervisorListsHerTeamsCasesAndTheUnassignedOnesOfHerCentre() {
        CaseScope scope = CaseScope.of(user(Role.SUPERVISOR, CENTRE), Set.of(10L));
        assertThat(scope.condition()).startsWith("c.centre_id = :scopeCentre AND c.id IN (")
                .contains("ta.user_id IN (:scopeTeam)").contains("UNION ALL").contains("ua.unassigned")
                .doesNotContain(" OR ");
        assertThat(scope.params()).isEqualTo(Map.of("scopeCentre", 3L, "scopeTeam", List.of(10L)));
    }

    @Test
    void aSupervisorWithoutATeamListsOnlyTheUnassignedCasesOfHerCentre() {
        CaseScope scope = CaseScope.of(user(Role.SUPERVISOR, CENTRE), Set.of());
        assertThat(scope.condition()).isEqualTo(
                "c.centre_id = :scopeCentre AND c.unassigned");
        assertThat(scope.params()).isEqualTo(Map.of("scopeCentre", 3L));
    }

    @Test
    void aManagerListsHerCentresCasesWhateverTheTeams() {
        CaseScope scope = CaseScope.of(user(Role.CENTRE_MANAGER, CENTRE), Set.of(10L));
        assertThat(scope.condition()).isEqualTo("c.centre_id = :scopeCentre");
        assertThat(scope.params()).isEqualTo(Map.of("scopeCentre", 3L));
    }

    @Test
    void nobodyElseAndNoSupervisorOrManagerAboveACentreListsAnything() {
        assertThat(CaseScope.of(user(Role.SUPERVISOR, OrgUnit.region("KZ-71")), Set.of(10L)).condition()).isEqualTo("FALSE");
        assertThat(CaseScope.of(user(Role.CENTRE_MANAGER, OrgUnit.NATIONAL), Set.of()).condition()).isEqualTo("FALSE");
        for (Role role : new Role[] {Role.ADMIN, Role.AUDITOR, Role.NATIONAL_ANALYST, Role.REGIONAL_COORDINATOR,
                Role.PROGRAMME_COORDINATOR, Role.FACILITATOR}) {
            assertThat(CaseScope.of(user(role, OrgUnit.NATIONAL), Set.of(10L)).condition()).as(role.name())
                    .isEqualTo("FALSE");
        }
    }
}
