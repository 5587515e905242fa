package kz.tendik.programs.survey;

import kz.tendik.audit.AuditLog;
import kz.tendik.audit.AuditRecord;
import kz.tendik.identity.CurrentUser;
import org.springframework.stereotype.Component;

/** Survey writes and reads of responses in the audit log, in the caller's transaction: identifiers only. */
@Component
class SurveyAudit {

    private final AuditLog log;

    SurveyAudit(AuditLog log) {
        this.log = log;
    }

    void record(CurrentUser user, String action, String objectType, Object objectId) {
        log.record(AuditRecord.success(user.id(), user.getUsername(), action, objectType, String.valueOf(objectId)));
    }

    /** A participant answering through her one-time link: no user, the link's enrolment as the object. */
    void recordParticipant(String action, String objectType, Object objectId) {
        log.record(AuditRecord.success(null, "participant-link", action, objectType, String.valueOf(objectId)));
    }
}
