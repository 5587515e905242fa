package kz.tendik.identity.signin;

import java.util.Optional;

import kz.tendik.identity.CurrentUser;
import kz.tendik.identity.IdentityEvents.SignInFailed;
import kz.tendik.identity.account.UserAccounts;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Checks a username and password: refuses at once while the account or address is locked, compares the
 * password with the stored Argon2id hash, counts failures and clears them on success. The result carries the
 * user with their role; whether a second factor follows is the sign-in flow's business.
 */
@Component
public class StaffAuthentication implements AuthenticationProvider {

    /** Compared against when the username is unknown, so that timing does not reveal which usernames exist. */
    private final String unknownUserHash;
    private final UserAccounts accounts;
    private final PasswordEncoder passwords;
    private final LoginThrottle throttle;
    private final ApplicationEventPublisher events;

    StaffAuthentication(UserAccounts accounts, PasswordEncoder passwords, LoginThrottle throttle,
                        ApplicationEventPublisher events) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.throttle = throttle;
        this.events = events;
        this.unknownUserHash = passwords.encode("no such user: constant-time comparison");
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String username = String.valueOf(authentication.getPrincipal()).trim();
        String password = authentication.getCredentials() == null ? "" : authentication.getCredentials().toString();
        String clientIp = clientIp(authentication);
        CurrentUser user = check(username, password, clientIp, "web");
        UsernamePasswordAuthenticationToken result =
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        result.setDetails(authentication.getDetails());
        return result;
    }

    /** Checks the password for any channel (web form, token endpoint); throws on failure, after counting it. */
    public CurrentUser check(String username, String password, String clientIp, String channel) {
        if (throttle.lockedUntil(username, clientIp).isPresent()) {
            events.publishEvent(new SignInFailed(username, channel, "locked", clientIp));
            throw new LockedException("locked");
        }
        Optional<CurrentUser> found = accounts.findByUsername(username).map(a -> a.toCurrentUser());
        String hash = found.map(CurrentUser::getPassword).orElse(unknownUserHash);
        boolean matches = passwords.matches(password, hash);
        if (found.isEmpty() || !matches) {
            throttle.recordFailure(username, clientIp);
            events.publishEvent(new SignInFailed(username, channel, "bad-credentials", clientIp));
            throw new BadCredentialsException("bad credentials");
        }
        CurrentUser user = found.get();
        if (!user.isEnabled()) {
            events.publishEvent(new SignInFailed(username, channel, "disabled", clientIp));
            throw new DisabledException("disabled");
        }
        throttle.recordSuccess(username);
        user.eraseCredentials();
        return user;
    }

    private static String clientIp(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : null;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
