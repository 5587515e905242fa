package kz.tendik.cases.support;

import kz.tendik.audit.AuditLog;
import kz.tendik.audit.AuditRecord;
import kz.tendik.identity.CurrentUser;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes the cases module's reads and writes to the audit log in the caller's transaction: who, the action
 * ({@code case.read}, {@code survivor.create} ...), the object's type and id, and as purpose only a code such as
 * {@code break-glass:7}. Never a name, number or text of a survivor.
 */
@Component
public class CasesAudit {

    private final AuditLog log;
    private final TransactionTemplate ownTransaction;

    CasesAudit(AuditLog log, PlatformTransactionManager transactions) {
        this.log = log;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    public void success(CurrentUser user, String action, String objectType, Object objectId, String purpose) {
        log.record(AuditRecord.success(user.id(), user.getUsername(), action, objectType,
                objectId == null ? null : String.valueOf(objectId)).withPurpose(purpose));
    }

    public void success(CurrentUser user, String action, String objectType, Object objectId) {
        success(user, action, objectType, objectId, null);
    }

    /**
     * A read (of a case, a survivor, a list ...), written when the reading transaction commits: the chain lock is
     * then not held while the rest of the page is read.
     */
    public void read(CurrentUser user, String action, String objectType, Object objectId, String purpose) {
        log.recordAtCommit(AuditRecord.success(user.id(), user.getUsername(), action, objectType,
                objectId == null ? null : String.valueOf(objectId)).withPurpose(purpose));
    }

    public void read(CurrentUser user, String action, String objectType, Object objectId) {
        read(user, action, objectType, objectId, null);
    }

    /**
     * A refusal (the request then fails with 404): written in a transaction of its own after the caller's ends, so
     * the caller's rollback does not erase it and the chain lock the caller may hold is not waited for.
     */
    public void denied(CurrentUser user, String action, String objectType, Object objectId) {
        afterTheTransaction(new AuditRecord(user.id(), user.getUsername(), action, objectType,
                String.valueOf(objectId), null, AuditRecord.Outcome.DENIED, null));
    }

    /**
     * A request the rules stopped (outcome {@code FAILURE}, e.g. a registration stopped by possible duplicates),
     * kept although the caller's transaction rolls back: written like {@link #denied} after it ends. The purpose is a
     * code with ids and counts only.
     */
    public void stopped(CurrentUser user, String action, String objectType, Object objectId, String purpose) {
        afterTheTransaction(new AuditRecord(user.id(), user.getUsername(), action, objectType,
                objectId == null ? null : String.valueOf(objectId), purpose, AuditRecord.Outcome.FAILURE, null));
    }

    private void afterTheTransaction(AuditRecord record) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            ownTransaction.executeWithoutResult(status -> log.record(record));
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                ownTransaction.executeWithoutResult(s -> log.record(record));
            }
        });
    }
}
