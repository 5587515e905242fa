package kz.tendik.cases.closure;

import kz.tendik.shared.crypto.EncryptedColumn;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The ciphertext columns of closure requests, reopenings and legal holds, for key rotation. */
@Configuration(proxyBeanMethods = false)
public class ClosureColumns {

    public static final EncryptedColumn CLOSURE_NOTE = new EncryptedColumn("case_closure", "id", "note", "case_closure.note:");
    public static final EncryptedColumn RETURN_REASON =
            new EncryptedColumn("case_closure", "id", "return_reason", "case_closure.return_reason:");
    public static final EncryptedColumn REOPEN_REASON =
            new EncryptedColumn("case_reopening", "id", "reason", "case_reopening.reason:");
    public static final EncryptedColumn HOLD_REASON = new EncryptedColumn("legal_hold", "id", "reason", "legal_hold.reason:");

    @Bean
    EncryptedColumn closureNoteColumn() {
        return CLOSURE_NOTE;
    }

    @Bean
    EncryptedColumn closureReturnReasonColumn() {
        return RETURN_REASON;
    }

    @Bean
    EncryptedColumn reopenReasonColumn() {
        return REOPEN_REASON;
    }

    @Bean
    EncryptedColumn legalHoldReasonColumn() {
        return HOLD_REASON;
    }
}
