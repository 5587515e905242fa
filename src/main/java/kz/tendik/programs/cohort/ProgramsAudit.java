package kz.tendik.programs.cohort;

import kz.tendik.audit.AuditLog;
import kz.tendik.audit.AuditRecord;
import kz.tendik.identity.CurrentUser;
import org.springframework.stereotype.Component;

/** Records changes and reads of participants in the audit log, in the caller's transaction: identifiers only. */
@Component
class ProgramsAudit {

    private final AuditLog log;

    ProgramsAudit(AuditLog log) {
        this.log = log;
    }

    /** e.g. {@code record(user, "participant.read", "cohort", 12)}. */
    void record(CurrentUser user, String action, String objectType, long objectId) {
        log.record(AuditRecord.success(user.id(), user.getUsername(), action, objectType, String.valueOf(objectId)));
    }
}
