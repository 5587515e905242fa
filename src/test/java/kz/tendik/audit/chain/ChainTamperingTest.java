package kz.tendik.audit.chain;

import kz.tendik.audit.AuditLog;
import kz.tendik.audit.AuditRecord;
import kz.tendik.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Tampering for real, on PostgreSQL. Every test runs in a transaction that rolls back; DDL is transactional in
 * PostgreSQL, so the disabled trigger and the changed entry are gone afterwards.
 */
@IntegrationTest
@Transactional
class ChainTamperingTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    AuditLog log;
    @Autowired
    ChainVerifier verifier;

    private long appendThree() {
        for (int i = 0; i < 3; i++) {
            log.record(AuditRecord.success(1L, "admin", "test.tamper", "case", String.valueOf(i)));
        }
        return jdbc.sql("SELECT max(id) FROM audit_entry").query(Long.class).single();
    }

    @Test
    void theLogAsWrittenIsIntact() {
        long last = appendThree();

        Verification result = verifier.verify();

        assertThat(result.intact()).isTrue();
        assertThat(result.checkedEntries()).isEqualTo(last);
    }

    @Test
    void anEntryChangedBehindTheTriggersBackIsFound() {
        long victim = appendThree() - 1;
        jdbc.sql("ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_no_update").update();
        jdbc.sql("UPDATE audit_entry SET object_id = 'someone-else' WHERE id = ?").param(victim).update();

        Verification result = verifier.verify();

        assertThat(result.intact()).isFalse();
        assertThat(result.firstBrokenId()).isEqualTo(victim);
        assertThat(result.reason()).isEqualTo(Verification.Reason.HASH_MISMATCH);
    }

    @Test
    void anEntryDeletedBehindTheTriggersBackIsFound() {
        long victim = appendThree() - 1;
        jdbc.sql("ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_no_update").update();
        jdbc.sql("DELETE FROM audit_entry WHERE id = ?").param(victim).update();

        Verification result = verifier.verify();

        assertThat(result.firstBrokenId()).isEqualTo(victim);
        assertThat(result.reason()).isEqualTo(Verification.Reason.GAP);
    }

    @Test
    void theDatabaseRefusesAPlainUpdate() {
        long id = appendThree();

        assertThatThrownBy(() -> jdbc.sql("UPDATE audit_entry SET purpose = 'x' WHERE id = ?").param(id).update())
                .isInstanceOf(DataAccessException.class)
                .rootCause().hasMessageContaining("append-only");
    }

    @Test
    void theDatabaseRefusesAPlainDelete() {
        long id = appendThree();

        assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit_entry WHERE id = ?").param(id).update())
                .isInstanceOf(DataAccessException.class)
                .rootCause().hasMessageContaining("append-only");
    }

    @Test
    void theDatabaseRefusesTruncate() {
        appendThree();

        assertThatThrownBy(() -> jdbc.sql("TRUNCATE audit_entry").update())
                .isInstanceOf(DataAccessException.class)
                .rootCause().hasMessageContaining("append-only");
    }
}
