package kz.tendik.audit.query;

import java.time.Instant;

import kz.tendik.audit.AuditRecord.Outcome;

/**
 * What the auditor looks for; every part is optional. {@code actor} is a username (exact), {@code actionPrefix}
 * matches the start of the action ({@code signin} finds {@code signin.success} and {@code signin.failure}),
 * {@code from} is inclusive and {@code until} exclusive.
 */
public record AuditFilter(String actor, String actionPrefix, String objectType, String objectId, Outcome outcome,
                          Instant from, Instant until) {

    public static final AuditFilter NONE = new AuditFilter(null, null, null, null, null, null, null);

    public AuditFilter {
        actor = blankToNull(actor);
        actionPrefix = blankToNull(actionPrefix);
        objectType = blankToNull(objectType);
        objectId = blankToNull(objectId);
    }

    /** A short, identifiers-only description for the {@code audit.read} entry. */
    public String describe() {
        StringBuilder text = new StringBuilder();
        part(text, "actor", actor);
        part(text, "action", actionPrefix);
        part(text, "objectType", objectType);
        part(text, "objectId", objectId);
        part(text, "outcome", outcome == null ? null : outcome.name());
        part(text, "from", from == null ? null : from.toString());
        part(text, "until", until == null ? null : until.toString());
        return text.isEmpty() ? null : text.toString();
    }

    private static void part(StringBuilder text, String name, String value) {
        if (value != null) {
            text.append(text.isEmpty() ? "" : " ").append(name).append('=').append(value);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
