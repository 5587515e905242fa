package kz.tendik.cases.incidents;

import kz.tendik.shared.crypto.EncryptedColumn;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The ciphertext columns of incidents, for {@code tendik keys rotate}: the narrative and a perpetrator's details. */
@Configuration(proxyBeanMethods = false)
public class IncidentColumns {

    public static final EncryptedColumn NARRATIVE = new EncryptedColumn("incident", "id", "narrative", "incident.narrative:");
    public static final EncryptedColumn PERPETRATOR_DETAILS =
            new EncryptedColumn("perpetrator", "id", "details", "perpetrator.details:");

    @Bean
    EncryptedColumn incidentNarrativeColumn() {
        return NARRATIVE;
    }

    @Bean
    EncryptedColumn perpetratorDetailsColumn() {
        return PERPETRATOR_DETAILS;
    }
}
