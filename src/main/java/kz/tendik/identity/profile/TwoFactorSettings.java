package kz.tendik.identity.profile;

import java.util.List;

import kz.tendik.identity.CurrentUser;
import kz.tendik.identity.IdentityEvents.AccountChanged;
import kz.tendik.identity.account.UserAccount;
import kz.tendik.identity.account.UserAccounts;
import kz.tendik.identity.signin.TwoFactorRequirement;
import kz.tendik.identity.twofactor.TwoFactor;
import kz.tendik.shared.web.UserInputException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A user's own two-factor: enrol (scan, confirm with a first code, receive recovery codes), regenerate the
 * recovery codes (with a current code), turn it off (with the password, and only where the role allows).
 */
@Service
public class TwoFactorSettings {

    private final UserAccounts accounts;
    private final TwoFactor twoFactor;
    private final TwoFactorRequirement requirement;
    private final CurrentPassword currentPassword;
    private final ApplicationEventPublisher events;

    TwoFactorSettings(UserAccounts accounts, TwoFactor twoFactor, TwoFactorRequirement requirement,
                      CurrentPassword currentPassword, ApplicationEventPublisher events) {
        this.accounts = accounts;
        this.twoFactor = twoFactor;
        this.requirement = requirement;
        this.currentPassword = currentPassword;
        this.events = events;
    }

    /** A secret waiting for its first code, and its QR code as a data URI. */
    public record Enrolment(String secret, String qrCode) {
    }

    public UserAccount account(CurrentUser user) {
        return accounts.findById(user.id()).orElseThrow();
    }

    /** The pending enrolment of a user without two-factor, started now if there is none. */
    @Transactional
    public Enrolment enrolment(CurrentUser user) {
        UserAccount account = account(user);
        if (account.twoFactorEnrolled()) {
            throw new IllegalStateException("already enrolled");
        }
        String secret = account.totpSecret() != null ? account.totpSecret() : twoFactor.begin(account.id());
        return new Enrolment(secret, twoFactor.qrCode(account.username(), secret));
    }

    /** Confirms enrolment with the first code; the recovery codes returned are shown once. */
    @Transactional
    public List<String> confirm(CurrentUser user, String code) {
        if (account(user).twoFactorEnrolled()) {
            throw new UserInputException("code", "twoFactor.alreadyEnrolled");
        }
        List<String> codes = twoFactor.confirm(user.id(), code);
        if (codes.isEmpty()) {
            throw new UserInputException("code", "twoFactor.codeWrong");
        }
        changed(user, "two-factor-enrolled");
        return codes;
    }

    /** New recovery codes (the old ones stop working), after a current code from the authenticator app. */
    @Transactional
    public List<String> regenerateRecoveryCodes(CurrentUser user, String code) {
        UserAccount account = account(user);
        String digits = code == null ? "" : code.replaceAll("\\s", "");
        if (!account.twoFactorEnrolled() || !digits.matches("\\d{6}") || !twoFactor.verify(account, digits)) {
            throw new UserInputException("code", "twoFactor.codeWrong");
        }
        List<String> codes = twoFactor.newRecoveryCodes(user.id());
        changed(user, "recovery-codes-regenerated");
        return codes;
    }

    public boolean mayTurnOff(CurrentUser user) {
        return !requirement.appliesTo(user.role());
    }

    @Transactional
    public void turnOff(CurrentUser user, String password) {
        if (!mayTurnOff(user)) {
            throw new UserInputException("password", "twoFactor.requiredForRole");
        }
        UserAccount account = account(user);
        currentPassword.confirm(account, password, "password");
        if (account.twoFactorEnrolled()) {
            twoFactor.remove(user.id());
            changed(user, "two-factor-removed");
        }
    }

    public int remainingRecoveryCodes(CurrentUser user) {
        return twoFactor.remainingRecoveryCodes(user.id());
    }

    private void changed(CurrentUser user, String change) {
        events.publishEvent(new AccountChanged(user.id(), user.getUsername(), user.id(), change));
    }
}
