package kz.tendik.identity.profile;

import java.util.List;

import kz.tendik.identity.CurrentUser;
import kz.tendik.identity.IdentityEvents.AccountChanged;
import kz.tendik.identity.account.PasswordPolicy;
import kz.tendik.identity.account.UserAccount;
import kz.tendik.identity.account.UserAccounts;
import kz.tendik.identity.token.ApiTokens;
import kz.tendik.shared.i18n.Languages;
import kz.tendik.shared.web.UserInputException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What users change on their own account: language and password. A password change revokes the user's
 * session tokens, and their personal access tokens too when they ask for it (see
 * docs/decisions/0005-password-change-revokes-tokens.md).
 */
@Service
public class OwnAccount {

    private final UserAccounts accounts;
    private final PasswordPolicy policy;
    private final PasswordEncoder passwords;
    private final ApiTokens tokens;
    private final CurrentPassword currentPassword;
    private final ApplicationEventPublisher events;

    OwnAccount(UserAccounts accounts, PasswordPolicy policy, PasswordEncoder passwords, ApiTokens tokens,
               CurrentPassword currentPassword, ApplicationEventPublisher events) {
        this.currentPassword = currentPassword;
        this.accounts = accounts;
        this.policy = policy;
        this.passwords = passwords;
        this.tokens = tokens;
        this.events = events;
    }

    public UserAccount account(CurrentUser user) {
        return accounts.findById(user.id()).orElseThrow();
    }

    @Transactional
    public void changeLanguage(CurrentUser user, String language) {
        if (!Languages.isSupported(language)) {
            throw new UserInputException("language", "validation.invalidValue");
        }
        accounts.changeLanguage(user.id(), language);
        events.publishEvent(new AccountChanged(user.id(), user.getUsername(), user.id(), "language"));
    }

    /** Changes the password after checking the current one; returns how many tokens were revoked. */
    @Transactional
    public int changePassword(CurrentUser user, String current, String newPassword, boolean revokePersonalTokens) {
        UserAccount account = account(user);
        currentPassword.confirm(account, current, "currentPassword");
        policy.check("newPassword", newPassword, account.username());
        if (passwords.matches(newPassword, account.passwordHash())) {
            throw new UserInputException("newPassword", "password.unchanged");
        }
        accounts.changePassword(user.id(), passwords.encode(newPassword));
        int revoked = tokens.revokeAll(user.id(), revokePersonalTokens
                ? List.of(ApiTokens.Kind.SESSION, ApiTokens.Kind.PERSONAL) : List.of(ApiTokens.Kind.SESSION));
        events.publishEvent(new AccountChanged(user.id(), user.getUsername(), user.id(), "password"));
        if (revoked > 0) {
            events.publishEvent(new AccountChanged(user.id(), user.getUsername(), user.id(),
                    revokePersonalTokens ? "tokens-revoked-all" : "tokens-revoked-session"));
        }
        return revoked;
    }
}
