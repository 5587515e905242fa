package kz.tendik.identity.admin;

import java.util.Arrays;
import java.util.List;

import kz.tendik.identity.OrgUnit;
import kz.tendik.identity.Role;

/**
 * Which org-unit levels a role may be given: the whole country down to the role's narrowest level
 * ({@link Role#narrowestScope()}). An administrator is national; a regional coordinator national or one region;
 * a caseworker national, one region or one centre.
 */
public final class ScopeRules {

    private ScopeRules() {
    }

    public static boolean allows(Role role, OrgUnit.Level level) {
        return level.ordinal() <= role.narrowestScope().ordinal();
    }

    /** The levels offered for the role, broadest first. */
    public static List<OrgUnit.Level> levelsFor(Role role) {
        return Arrays.stream(OrgUnit.Level.values()).filter(level -> allows(role, level)).toList();
    }
}
