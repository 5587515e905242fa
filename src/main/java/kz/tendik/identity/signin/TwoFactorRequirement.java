package kz.tendik.identity.signin;

import kz.tendik.identity.Role;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Whether a role must sign in with two-factor: the roles that see cases must, when the setting is on. The
 * setting is on by default; demo mode turns it off (so demo logins work without a phone) unless
 * {@code tendik.security.two-factor-required} says otherwise.
 */
@Component
public class TwoFactorRequirement {

    private final boolean required;

    TwoFactorRequirement(SecuritySettings settings, @Value("${tendik.demo.enabled:false}") boolean demo) {
        this.required = settings.twoFactorRequired() != null ? settings.twoFactorRequired() : !demo;
    }

    public boolean required() {
        return required;
    }

    public boolean appliesTo(Role role) {
        return required && role.requiresTwoFactor();
    }
}
