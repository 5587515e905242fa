package kz.tendik.audit.events;

import kz.tendik.audit.AuditLog;
import kz.tendik.audit.AuditRecord;
import kz.tendik.audit.AuditRecord.Outcome;
import kz.tendik.identity.AccessPolicy;
import kz.tendik.identity.AccessPolicy.AccessDenied;
import kz.tendik.identity.CurrentUser;
import kz.tendik.identity.IdentityEvents.AccountChanged;
import kz.tendik.identity.IdentityEvents.SignInFailed;
import kz.tendik.identity.IdentityEvents.UserSignedIn;
import kz.tendik.identity.IdentityEvents.UserSignedOut;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Writes the identity module's events to the audit log, synchronously. Sign-ins, sign-outs and account changes
 * join the publisher's transaction; failed sign-ins and denials are written independently of it, because the
 * request that caused them usually fails and rolls back. Usernames are kept (they are staff identifiers);
 * passwords, codes and tokens never reach these events.
 */
@Component
class IdentityAuditing {

    static final String USER = "user";

    private final AuditLog log;
    private final IndependentRecorder independent;

    IdentityAuditing(AuditLog log, IndependentRecorder independent) {
        this.log = log;
        this.independent = independent;
    }

    @EventListener
    void on(UserSignedIn event) {
        log.record(new AuditRecord(event.userId(), event.username(), "signin.success", USER,
                String.valueOf(event.userId()), event.channel(), Outcome.SUCCESS, event.clientIp()));
    }

    @EventListener
    void on(SignInFailed event) {
        String purpose = event.channel() == null ? event.reason() : event.reason() + "/" + event.channel();
        independent.record(new AuditRecord(null, event.username(), "signin.failure", USER, event.username(),
                purpose, Outcome.FAILURE, event.clientIp()));
    }

    @EventListener
    void on(UserSignedOut event) {
        log.record(new AuditRecord(event.userId(), event.username(), "signout", USER,
                String.valueOf(event.userId()), null, Outcome.SUCCESS, RequestOrigin.clientIp()));
    }

    @EventListener
    void on(AccountChanged event) {
        log.record(new AuditRecord(event.actorId(), event.actorName(), "account.change", USER,
                String.valueOf(event.userId()), event.change(), Outcome.SUCCESS, RequestOrigin.clientIp()));
    }

    @EventListener
    void on(AccessDenied event) {
        String username = AccessPolicy.currentUser()
                .filter(u -> event.userId() != null && u.id() == event.userId())
                .map(CurrentUser::getUsername).orElse(null);
        independent.record(new AuditRecord(event.userId(), username, "access.denied",
                event.action() == null ? null : event.action().name(), OrgUnits.code(event.unit()),
                RequestOrigin.request(), Outcome.DENIED, RequestOrigin.clientIp()));
    }
}
