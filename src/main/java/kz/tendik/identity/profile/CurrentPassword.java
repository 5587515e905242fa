package kz.tendik.identity.profile;

import kz.tendik.identity.account.UserAccount;
import kz.tendik.identity.signin.LoginThrottle;
import kz.tendik.shared.web.UserInputException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Confirms a signed-in user's current password before a sensitive change. Wrong answers count as failed
 * sign-ins, so a borrowed session cannot be used to guess the password.
 */
@Component
class CurrentPassword {

    private final PasswordEncoder passwords;
    private final LoginThrottle throttle;

    CurrentPassword(PasswordEncoder passwords, LoginThrottle throttle) {
        this.passwords = passwords;
        this.throttle = throttle;
    }

    void confirm(UserAccount account, String password, String field) {
        if (throttle.accountLockedUntil(account.username()).isPresent()) {
            throw new UserInputException(field, "password.locked");
        }
        if (password == null || password.isEmpty() || !passwords.matches(password, account.passwordHash())) {
            throttle.recordFailure(account.username(), null);
            throw new UserInputException(field, "password.currentWrong");
        }
    }
}
