package kz.tendik.programs.cohort;

import kz.tendik.shared.crypto.EncryptedColumn;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The ciphertext columns of the programs module, for {@code tendik keys rotate}. */
@Configuration(proxyBeanMethods = false)
class ProgramsColumns {

    /** A participant's name and contact, as one JSON object, encrypted together. */
    static final EncryptedColumn PARTICIPANT_PERSON =
            new EncryptedColumn("participant", "id", "person", "participant.person:");

    /** A business registration number given as an outcome (a sole proprietor's is their IIN). */
    static final EncryptedColumn OUTCOME_BIN = new EncryptedColumn("outcome", "id", "bin", "outcome.bin:");

    /** A certificate's verification code and the name as printed, together. */
    static final EncryptedColumn CERTIFICATE_SECRET =
            new EncryptedColumn("certificate", "id", "secret", "certificate.secret:");

    @Bean
    EncryptedColumn outcomeBinColumn() {
        return OUTCOME_BIN;
    }

    @Bean
    EncryptedColumn certificateSecretColumn() {
        return CERTIFICATE_SECRET;
    }

    @Bean
    EncryptedColumn participantPersonColumn() {
        return PARTICIPANT_PERSON;
    }
}
