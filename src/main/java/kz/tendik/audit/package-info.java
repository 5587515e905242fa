/**
 * Audit: the append-only, hash-chained log of sign-ins, denials, every read and write of personal data, and
 * administrative changes. Other modules call {@link kz.tendik.audit.AuditLog}; identity events are recorded by
 * listening to them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit")
package kz.tendik.audit;
