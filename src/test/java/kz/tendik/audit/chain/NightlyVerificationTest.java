package kz.tendik.audit.chain;

import kz.tendik.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class NightlyVerificationTest {

    @Autowired
    NightlyVerification nightly;
    @Autowired
    Verifications verifications;

    @Test
    void theNightlyRunKeepsItsResultForTheAuditorsPage() {
        nightly.run();

        RecordedVerification last = verifications.last().orElseThrow();
        assertThat(last.trigger()).isEqualTo(RecordedVerification.Trigger.SCHEDULE);
        assertThat(last.intact()).isTrue();
        assertThat(last.requestedBy()).isNull();
    }
}
