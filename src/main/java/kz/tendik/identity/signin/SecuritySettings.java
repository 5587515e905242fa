package kz.tendik.identity.signin;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code tendik.security.*}: two-factor, lockout and token lifetimes. {@code two-factor-required} unset means
 * on, except in demo mode (see {@link TwoFactorRequirement}).
 */
@ConfigurationProperties("tendik.security")
public record SecuritySettings(Boolean twoFactorRequired, Lockout lockout, ApiToken apiToken) {

    public SecuritySettings {
        lockout = lockout == null ? new Lockout(5, Duration.ofMinutes(15), 30) : lockout;
        apiToken = apiToken == null ? new ApiToken(Duration.ofHours(8), Duration.ofDays(365)) : apiToken;
    }

    /** After {@code maxFailures} failed sign-ins an account is locked for {@code duration}; an address after {@code ipMaxFailures}. */
    public record Lockout(@DefaultValue("5") int maxFailures, @DefaultValue("15m") Duration duration,
                          @DefaultValue("30") int ipMaxFailures) {
    }

    /** Lifetime of a token from the token endpoint, and the longest a personal access token may live. */
    public record ApiToken(@DefaultValue("8h") Duration sessionLifetime,
                           @DefaultValue("365d") Duration maxPersonalLifetime) {
    }
}
