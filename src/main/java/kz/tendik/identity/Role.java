package kz.tendik.identity;

import java.util.EnumSet;
import java.util.Set;

/** What a user does in Tendik. Each user has exactly one role and one org-unit scope. */
public enum Role {
    ADMIN,
    CENTRE_MANAGER,
    SUPERVISOR,
    CASEWORKER,
    REGIONAL_COORDINATOR,
    NATIONAL_ANALYST,
    PROGRAMME_COORDINATOR,
    FACILITATOR,
    AUDITOR;

    /** Roles that see survivors' case records, plus the administrator who can grant them. */
    private static final Set<Role> CASE_ACCESS = EnumSet.of(ADMIN, CENTRE_MANAGER, SUPERVISOR, CASEWORKER);

    /** Whether this role must sign in with a second factor when two-factor is required by the settings. */
    public boolean requiresTwoFactor() {
        return CASE_ACCESS.contains(this);
    }

    public String authority() {
        return "ROLE_" + name();
    }

    /** The narrowest org-unit level this role can be given. */
    public OrgUnit.Level narrowestScope() {
        return switch (this) {
            case CENTRE_MANAGER, SUPERVISOR, CASEWORKER -> OrgUnit.Level.CENTRE;
            case REGIONAL_COORDINATOR, FACILITATOR, PROGRAMME_COORDINATOR -> OrgUnit.Level.REGION;
            case ADMIN, NATIONAL_ANALYST, AUDITOR -> OrgUnit.Level.NATIONAL;
        };
    }
}
