package kz.tendik.cases.access;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The access decisions made in the current transaction, by user and case, so that the parts of one page do not ask
 * the database the same question again. Forgotten when the transaction ends and whenever the transaction is about
 * to write to a case; without a transaction nothing is remembered.
 */
final class Decisions {

    private static final Object KEY = new Object();

    private Decisions() {
    }

    static CaseAccess.Grant remembered(long userId, long caseId, Supplier<CaseAccess.Grant> decide) {
        Map<String, CaseAccess.Grant> decisions = current();
        if (decisions == null) {
            return decide.get();
        }
        String key = userId + ":" + caseId;
        CaseAccess.Grant grant = decisions.get(key);
        if (grant == null) {
            grant = decide.get();
            decisions.put(key, grant);
        }
        return grant;
    }

    static void forget() {
        @SuppressWarnings("unchecked")
        Map<String, CaseAccess.Grant> decisions = (Map<String, CaseAccess.Grant>) TransactionSynchronizationManager.getResource(KEY);
        if (decisions != null) {
            decisions.clear();
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, CaseAccess.Grant> current() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return null;
        }
        Map<String, CaseAccess.Grant> decisions = (Map<String, CaseAccess.Grant>) TransactionSynchronizationManager.getResource(KEY);
        if (decisions == null) {
            decisions = new HashMap<>();
            TransactionSynchronizationManager.bindResource(KEY, decisions);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(KEY);
                }
            });
        }
        return decisions;
    }
}
