package kz.tendik.identity.web;

import java.io.IOException;
import java.time.Instant;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import kz.tendik.identity.Action;
import kz.tendik.identity.CurrentUser;
import kz.tendik.identity.IdentityEvents.SignInFailed;
import kz.tendik.identity.IdentityEvents.UserSignedIn;
import kz.tendik.identity.IdentityEvents.UserSignedOut;
import kz.tendik.identity.Requires;
import kz.tendik.identity.account.UserAccounts;
import kz.tendik.identity.signin.LoginThrottle;
import kz.tendik.identity.signin.ProblemResponses;
import kz.tendik.identity.signin.SecuritySettings;
import kz.tendik.identity.signin.StaffAuthentication;
import kz.tendik.identity.signin.TwoFactorRequirement;
import kz.tendik.identity.token.ApiTokens;
import kz.tendik.identity.twofactor.TwoFactor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** API sign-in: a username, password and (when enrolled) a TOTP code buy a Bearer token for some hours. */
@RestController
@RequestMapping("/api/v1")
class TokenApiController {

    private final StaffAuthentication staff;
    private final UserAccounts accounts;
    private final TwoFactor twoFactor;
    private final LoginThrottle throttle;
    private final ApiTokens tokens;
    private final SecuritySettings settings;
    private final TwoFactorRequirement twoFactorRequirement;
    private final ProblemResponses problems;
    private final ApplicationEventPublisher events;

    TokenApiController(StaffAuthentication staff, UserAccounts accounts, TwoFactor twoFactor, LoginThrottle throttle,
                       ApiTokens tokens, SecuritySettings settings, TwoFactorRequirement twoFactorRequirement, ProblemResponses problems,
                       ApplicationEventPublisher events) {
        this.staff = staff;
        this.accounts = accounts;
        this.twoFactor = twoFactor;
        this.throttle = throttle;
        this.tokens = tokens;
        this.settings = settings;
        this.twoFactorRequirement = twoFactorRequirement;
        this.problems = problems;
        this.events = events;
    }

    record TokenRequest(@NotBlank(message = "{validation.required}") @Size(max = 64, message = "{validation.tooLong}") String username,
                        @NotBlank(message = "{validation.required}") @Size(max = 256, message = "{validation.tooLong}") String password,
                        @Size(max = 32, message = "{validation.tooLong}") String totp) {
    }

    record TokenResponse(String token, Instant expiresAt) {
    }

    @PostMapping("/auth/token")
    @Requires(Action.PUBLIC)
    TokenResponse token(@Valid @RequestBody TokenRequest body, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        String ip = request.getRemoteAddr();
        CurrentUser user;
        try {
            user = staff.check(body.username().trim(), body.password(), ip, "api");
        } catch (LockedException e) {
            response.setHeader("Retry-After", String.valueOf(settings.lockout().duration().toSeconds()));
            problems.write(request, response, HttpStatus.TOO_MANY_REQUESTS, "problem.locked");
            return null;
        } catch (DisabledException | org.springframework.security.authentication.BadCredentialsException e) {
            problems.write(request, response, HttpStatus.UNAUTHORIZED, "problem.badCredentials");
            return null;
        } catch (AuthenticationException e) {
            problems.write(request, response, HttpStatus.UNAUTHORIZED, "problem.badCredentials");
            return null;
        }
        if (user.twoFactorEnrolled()) {
            if (!twoFactor.verify(accounts.findById(user.id()).orElseThrow(), body.totp())) {
                throttle.recordFailure(user.getUsername(), ip);
                events.publishEvent(new SignInFailed(user.getUsername(), "api", "bad-code", ip));
                problems.write(request, response, HttpStatus.UNAUTHORIZED, "problem.badCode");
                return null;
            }
        } else if (twoFactorRequirement.appliesTo(user.role())) {
            events.publishEvent(new SignInFailed(user.getUsername(), "api", "two-factor-not-enrolled", ip));
            problems.write(request, response, HttpStatus.FORBIDDEN, "problem.enrolTwoFactor");
            return null;
        }
        ApiTokens.Issued issued = tokens.issue(user.id(), ApiTokens.Kind.SESSION, null, settings.apiToken().sessionLifetime());
        events.publishEvent(new UserSignedIn(user.id(), user.getUsername(), "api", ip));
        response.setHeader("Cache-Control", "no-store");
        return new TokenResponse(issued.token(), issued.expiresAt());
    }

    /** Signs out: revokes the token that made this request. */
    @DeleteMapping("/auth/token")
    @Requires(Action.OWN_ACCOUNT)
    void revoke(@AuthenticationPrincipal CurrentUser user, @RequestHeader("Authorization") String authorization,
                HttpServletResponse response) {
        tokens.revoke(authorization.substring("Bearer ".length()).trim());
        events.publishEvent(new UserSignedOut(user.id(), user.getUsername()));
        response.setStatus(HttpStatus.NO_CONTENT.value());
    }

    record Me(long id, String username, String displayName, String role, String scope, String regionCode,
              Long centreId, String language, boolean twoFactorEnrolled) {
    }

    @GetMapping("/me")
    @Requires(Action.OWN_ACCOUNT)
    Me me(@AuthenticationPrincipal CurrentUser user) {
        return new Me(user.id(), user.getUsername(), user.displayName(), user.role().name(),
                user.orgUnit().level().name(), user.orgUnit().regionCode(), user.orgUnit().centreId(), user.language(),
                user.twoFactorEnrolled());
    }
}
