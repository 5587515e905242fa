package kz.tendik.audit;

import java.time.Instant;

import kz.tendik.audit.AuditRecord.Outcome;
import kz.tendik.audit.chain.StoredEntry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AuditLogTest {

    @Test
    void theVerifierRecomputesTheHashTheWriterStored() {
        AuditRecord record = new AuditRecord(3L, "admin", "account.change", "user", "12", "role", Outcome.SUCCESS,
                "10.1.1.1");
        Instant at = Instant.parse("2026-11-29T10:15:30.123456Z");
        String hash = AuditLog.hash(AuditLog.GENESIS, AuditLog.canonical(1, at, record));

        StoredEntry stored = new StoredEntry(1, at, 3L, "admin", "account.change", "user", "12", "role", "SUCCESS",
                "10.1.1.1", AuditLog.GENESIS, hash);

        assertThat(stored.expectedHash()).isEqualTo(hash);
    }

    @Test
    void controlCharactersCannotShiftTheBoundariesBetweenHashedFields() {
        AuditRecord sneaky = new AuditRecord(null, "x\u001fsignin.success\u001fuser", "signin.failure", "user",
                "x\nline", null, Outcome.FAILURE, null);

        AuditRecord clean = AuditLog.clean(sneaky);

        assertThat(clean.actorName()).isEqualTo("x\uFFFDsignin.success\uFFFDuser");
        assertThat(clean.objectId()).isEqualTo("x\uFFFDline");
        assertThat(AuditLog.canonical(1, Instant.EPOCH, clean).chars().filter(c -> c == 0x1f).count()).isEqualTo(9);
    }

    @Test
    void overlongTextsAreCutWithoutSplittingACharacter() {
        String pasted = "ә".repeat(300) + "😀";

        assertThat(AuditLog.text(pasted)).hasSize(AuditLog.MAX_TEXT);
        assertThat(AuditLog.text("😀".repeat(300)).codePointCount(0, AuditLog.text("😀".repeat(300)).length()))
                .isEqualTo(AuditLog.MAX_TEXT);
        assertThat(AuditLog.text(null)).isNull();
    }
}
