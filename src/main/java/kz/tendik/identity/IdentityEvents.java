package kz.tendik.identity;

/**
 * What the identity module tells the rest of the system, past tense. They carry identifiers only: a
 * username that failed to sign in is kept because it is what an auditor needs to spot an attack.
 */
public final class IdentityEvents {

    private IdentityEvents() {
    }

    /** A user completed sign-in (all factors), through the web or the token endpoint. */
    public record UserSignedIn(long userId, String username, String channel, String clientIp) {
    }

    /** A sign-in step failed: wrong password, wrong code, locked, disabled. */
    public record SignInFailed(String username, String channel, String reason, String clientIp) {
    }

    /** A user signed out or a token was revoked. */
    public record UserSignedOut(long userId, String username) {
    }

    /** An administrator or the user changed an account (created, role, scope, password, two-factor, tokens). */
    public record AccountChanged(Long actorId, String actorName, long userId, String change) {
    }
}
