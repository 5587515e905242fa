package kz.tendik.identity.account;

import java.time.Instant;

import kz.tendik.identity.CurrentUser;
import kz.tendik.identity.OrgUnit;
import kz.tendik.identity.Role;

/** A stored user account. The TOTP secret never leaves the identity module. */
public record UserAccount(long id, String username, String displayName, String passwordHash, Role role,
                          OrgUnit orgUnit, String language, String totpSecret, Instant totpEnrolledAt,
                          boolean enabled, Instant createdAt) {

    public boolean twoFactorEnrolled() {
        return totpEnrolledAt != null;
    }

    public CurrentUser toCurrentUser() {
        return new CurrentUser(id, username, displayName, role, orgUnit, language, twoFactorEnrolled(), enabled,
                passwordHash);
    }
}
