package kz.tendik.audit.events;

import kz.tendik.audit.AuditLog;
import kz.tendik.audit.AuditRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Records an entry that must survive the caller's rollback. Outside a transaction it is written at once, in its
 * own. Inside one it is written in a new transaction right after the caller's ends, whether committed or rolled
 * back: writing it in a nested transaction at once could wait forever for the chain lock that the caller's
 * transaction may already hold.
 */
@Component
class IndependentRecorder {

    private static final Logger logger = LoggerFactory.getLogger(IndependentRecorder.class);

    private final AuditLog log;
    private final TransactionTemplate ownTransaction;

    IndependentRecorder(AuditLog log, PlatformTransactionManager transactions) {
        this.log = log;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    void record(AuditRecord record) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()
                || !TransactionSynchronizationManager.isSynchronizationActive()) {
            ownTransaction.executeWithoutResult(status -> log.record(record));
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                try {
                    ownTransaction.executeWithoutResult(s -> log.record(record));
                } catch (RuntimeException e) {
                    logger.error("Could not write audit entry {} after the transaction ended", record.action(), e);
                }
            }
        });
    }
}
