package kz.tendik.programs.cohort;

import kz.tendik.shared.crypto.EncryptedColumn;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The ciphertext column of the programs module, for {@code tendik keys rotate}. */
@Configuration(proxyBeanMethods = false)
class ProgramsColumns {

    /** A participant's name and contact, as one JSON object, encrypted together. */
    static final EncryptedColumn PARTICIPANT_PERSON =
            new EncryptedColumn("participant", "id", "person", "participant.person:");

    @Bean
    EncryptedColumn participantPersonColumn() {
        return PARTICIPANT_PERSON;
    }
}
