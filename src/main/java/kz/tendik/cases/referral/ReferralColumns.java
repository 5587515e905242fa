package kz.tendik.cases.referral;

import kz.tendik.shared.crypto.EncryptedColumn;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The ciphertext columns of referrals, transfers and services provided, for encryption and {@code tendik keys rotate}. */
@Configuration(proxyBeanMethods = false)
class ReferralColumns {

    static final EncryptedColumn ANSWER_NOTE =
            new EncryptedColumn("referral", "id", "answer_note", "referral.answer_note:");
    static final EncryptedColumn OVERRIDE_NOTE =
            new EncryptedColumn("referral", "id", "override_note", "referral.override_note:");
    static final EncryptedColumn TRANSFER_OVERRIDE_NOTE =
            new EncryptedColumn("case_transfer", "id", "override_note", "case_transfer.override_note:");
    static final EncryptedColumn SERVICE_NOTE =
            new EncryptedColumn("case_service", "id", "note", "case_service.note:");

    @Bean
    EncryptedColumn referralAnswerNoteColumn() {
        return ANSWER_NOTE;
    }

    @Bean
    EncryptedColumn referralOverrideNoteColumn() {
        return OVERRIDE_NOTE;
    }

    @Bean
    EncryptedColumn transferOverrideNoteColumn() {
        return TRANSFER_OVERRIDE_NOTE;
    }

    @Bean
    EncryptedColumn caseServiceNoteColumn() {
        return SERVICE_NOTE;
    }
}
