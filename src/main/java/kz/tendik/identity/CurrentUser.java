package kz.tendik.identity;

import java.io.Serial;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in user as every module sees it: who, which role, which part of the organisation. Kept in the
 * (database-stored) session, so it holds identifiers and settings only; the password hash is erased after
 * login.
 */
public final class CurrentUser implements UserDetails, CredentialsContainer {

    @Serial
    private static final long serialVersionUID = 1L;

    private final long id;
    private final String username;
    private final String displayName;
    private final Role role;
    private final OrgUnit orgUnit;
    private final String language;
    private final boolean twoFactorEnrolled;
    private final boolean enabled;
    private String passwordHash;

    public CurrentUser(long id, String username, String displayName, Role role, OrgUnit orgUnit, String language,
                       boolean twoFactorEnrolled, boolean enabled, String passwordHash) {
        this.id = id;
        this.username = username;
        this.displayName = displayName;
        this.role = role;
        this.orgUnit = orgUnit;
        this.language = language;
        this.twoFactorEnrolled = twoFactorEnrolled;
        this.enabled = enabled;
        this.passwordHash = passwordHash;
    }

    public long id() {
        return id;
    }

    public String displayName() {
        return displayName;
    }

    public Role role() {
        return role;
    }

    public OrgUnit orgUnit() {
        return orgUnit;
    }

    public String language() {
        return language;
    }

    public Locale locale() {
        return Locale.forLanguageTag(language);
    }

    public boolean twoFactorEnrolled() {
        return twoFactorEnrolled;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(role.authority()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CurrentUser that && that.id == id;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(id);
    }

    @Override
    public String toString() {
        return "CurrentUser[id=" + id + ", role=" + role + "]";
    }
}
