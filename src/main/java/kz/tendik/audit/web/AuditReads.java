package kz.tendik.audit.web;

import jakarta.servlet.http.HttpServletRequest;
import kz.tendik.audit.AuditLog;
import kz.tendik.audit.AuditRecord;
import kz.tendik.audit.chain.RecordedVerification;
import kz.tendik.audit.query.AuditFilter;
import kz.tendik.identity.CurrentUser;
import org.springframework.stereotype.Component;

/** The auditor's own use of the log is logged: {@code audit.read} for a search, {@code audit.verify} for a check. */
@Component
class AuditReads {

    static final String OBJECT_TYPE = "audit_log";

    private final AuditLog log;

    AuditReads(AuditLog log) {
        this.log = log;
    }

    void read(CurrentUser user, AuditFilter filter, HttpServletRequest request) {
        log.record(AuditRecord.success(user.id(), user.getUsername(), "audit.read", OBJECT_TYPE, null)
                .withPurpose(filter.describe()).withClientIp(request.getRemoteAddr()));
    }

    void verified(CurrentUser user, RecordedVerification result, HttpServletRequest request) {
        String outcome = result.intact() ? "intact " + result.checkedEntries()
                : "broken " + result.firstBrokenId() + " " + result.reason();
        log.record(AuditRecord.success(user.id(), user.getUsername(), "audit.verify", OBJECT_TYPE, null)
                .withPurpose(outcome).withClientIp(request.getRemoteAddr()));
    }
}
