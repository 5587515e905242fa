package kz.tendik.cases.incidents;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The incident module's own value lists have their names in English, Russian and Kazakh. */
class IncidentMessagesTest {

    @Test
    void everyReferralSourceAndOccupationHasItsNameInAllThreeLanguages() throws IOException {
        List<String> keys = new ArrayList<>();
        for (ReferredFrom value : ReferredFrom.values()) {
            keys.add(value.messageKey());
        }
        for (PerpetratorOccupation value : PerpetratorOccupation.values()) {
            keys.add(value.messageKey());
        }
        for (String suffix : List.of("", "_ru", "_kk")) {
            Properties bundle = new Properties();
            try (InputStream in = getClass().getClassLoader().getResourceAsStream("i18n/cases" + suffix + ".properties")) {
                bundle.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
            }
            assertThat(keys).as("cases" + suffix).allSatisfy(key -> assertThat(bundle.getProperty(key)).as(key).isNotBlank());
        }
    }
}
