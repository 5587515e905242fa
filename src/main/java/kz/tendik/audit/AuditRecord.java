package kz.tendik.audit;

/**
 * One thing to write to the audit log: who ({@code actorId}/{@code actorName}, a username, never a survivor's
 * name), what ({@code action}, e.g. {@code case.read}), on which object ({@code objectType}/{@code objectId},
 * identifiers only), why ({@code purpose}, a code or short reason without personal data) and how it ended.
 */
public record AuditRecord(Long actorId, String actorName, String action, String objectType, String objectId,
                          String purpose, Outcome outcome, String clientIp) {

    public enum Outcome { SUCCESS, FAILURE, DENIED }

    public AuditRecord {
        if (action == null || action.isBlank()) {
            throw new IllegalArgumentException("an audit record needs an action");
        }
        if (outcome == null) {
            throw new IllegalArgumentException("an audit record needs an outcome");
        }
    }

    public static AuditRecord success(Long actorId, String actorName, String action, String objectType, String objectId) {
        return new AuditRecord(actorId, actorName, action, objectType, objectId, null, Outcome.SUCCESS, null);
    }

    public AuditRecord withPurpose(String reason) {
        return new AuditRecord(actorId, actorName, action, objectType, objectId, reason, outcome, clientIp);
    }

    public AuditRecord withClientIp(String ip) {
        return new AuditRecord(actorId, actorName, action, objectType, objectId, purpose, outcome, ip);
    }
}
