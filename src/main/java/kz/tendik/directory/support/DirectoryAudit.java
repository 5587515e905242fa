package kz.tendik.directory.support;

import kz.tendik.audit.AuditLog;
import kz.tendik.audit.AuditRecord;
import kz.tendik.directory.DirectoryChanged;
import kz.tendik.identity.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Records an administrator's change to the directory in the audit log, in the caller's transaction. */
@Component
public class DirectoryAudit {

    private final AuditLog log;
    private final ApplicationEventPublisher events;

    DirectoryAudit(AuditLog log, ApplicationEventPublisher events) {
        this.log = log;
        this.events = events;
    }

    /** e.g. {@code changed(user, "centre", "create", 12)} records {@code centre.create} on {@code centre 12}. */
    public void changed(CurrentUser user, String objectType, String verb, long objectId) {
        log.record(AuditRecord.success(user.id(), user.getUsername(), objectType + "." + verb, objectType,
                String.valueOf(objectId)));
        events.publishEvent(new DirectoryChanged(objectType, objectId));
    }
}
