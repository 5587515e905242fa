package kz.tendik.browser;

import kz.tendik.identity.CurrentUser;
import kz.tendik.identity.OrgUnit;
import kz.tendik.identity.Role;
import kz.tendik.identity.account.UserAccounts;
import kz.tendik.identity.twofactor.TwoFactor;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The people of a journey: accounts made once for the shared test database (found again by username when another run
 * already made them) and two-factor enrolment, as the user would confirm it with a code.
 */
record JourneyAccounts(UserAccounts accounts, PasswordEncoder passwords, TwoFactor twoFactor) {

    /** The account {@code username}, made with these details unless it exists; returns its id. */
    long user(String username, String name, String password, Role role, OrgUnit unit, String language) {
        return accounts.findByUsername(username).map(a -> a.id()).orElseGet(() -> accounts.create(username, name,
                passwords.encode(password), role, unit, language));
    }

    long id(String username) {
        return accounts.findByUsername(username).orElseThrow().id();
    }

    /** The user {@code username} as the application sees them signed in (for a service called directly). */
    CurrentUser current(String username) {
        return accounts.findByUsername(username).orElseThrow().toCurrentUser();
    }

    /** Where {@code username} works (a demo user's centre, say). */
    OrgUnit unitOf(String username) {
        return current(username).orgUnit();
    }

    /** Enrols the user in two-factor sign-in with a new secret, confirmed with its current code; returns the secret. */
    String enrol(long id) throws Exception {
        String secret = twoFactor.begin(id);
        assertThat(twoFactor.confirm(id, Browser.totp(secret))).hasSize(10);
        return secret;
    }

    String enrol(String username) throws Exception {
        return enrol(id(username));
    }
}
