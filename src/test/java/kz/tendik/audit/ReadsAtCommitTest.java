package kz.tendik.audit;

import java.util.List;

import kz.tendik.audit.chain.ChainVerifier;
import kz.tendik.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Reads recorded at commit: not in the log while the transaction runs, written together (in order, one time, the
 * chain intact) when it commits, and not at all when it rolls back; without a transaction at once.
 */
@IntegrationTest
class ReadsAtCommitTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    AuditLog log;
    @Autowired
    ChainVerifier verifier;
    @Autowired
    PlatformTransactionManager transactions;

    private static AuditRecord read(String marker, int n) {
        return AuditRecord.success(1L, "admin", "test.read-at-commit", "case", marker + ":" + n);
    }

    private List<String> written(String marker) {
        return jdbc.sql("SELECT object_id FROM audit_entry WHERE action = 'test.read-at-commit' AND object_id LIKE ? "
                + "ORDER BY id").param(marker + ":%").query(String.class).list();
    }

    @Test
    void theReadsOfATransactionAreWrittenTogetherWhenItCommits() {
        String marker = "commit-" + System.nanoTime();
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            log.recordAtCommit(read(marker, 1));
            log.recordAtCommit(read(marker, 2));
            // a write in between is written at once, before the reads
            log.record(AuditRecord.success(1L, "admin", "test.read-at-commit", "case", marker + ":write"));
            assertThat(written(marker)).containsExactly(marker + ":write");
            log.recordAtCommit(read(marker, 3));
        });

        assertThat(written(marker)).containsExactly(marker + ":write", marker + ":1", marker + ":2", marker + ":3");
        assertThat(jdbc.sql("SELECT count(DISTINCT occurred_at) FROM audit_entry WHERE object_id IN (?, ?, ?)")
                .params(marker + ":1", marker + ":2", marker + ":3").query(Long.class).single()).isEqualTo(1);
        assertThat(verifier.verify().intact()).isTrue();
    }

    @Test
    void aTransactionThatRollsBackLeavesNoRead() {
        String marker = "rollback-" + System.nanoTime();
        assertThatThrownBy(() -> new TransactionTemplate(transactions).executeWithoutResult(status -> {
            log.recordAtCommit(read(marker, 1));
            throw new IllegalStateException("the page failed");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(written(marker)).isEmpty();
    }

    @Test
    void withoutATransactionTheReadIsWrittenAtOnce() {
        String marker = "alone-" + System.nanoTime();
        log.recordAtCommit(read(marker, 1));

        assertThat(written(marker)).containsExactly(marker + ":1");
    }
}
