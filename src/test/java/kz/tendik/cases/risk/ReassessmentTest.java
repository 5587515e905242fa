package kz.tendik.cases.risk;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReassessmentTest {

    private static final Instant MONDAY = Instant.parse("2026-11-23T05:00:00Z");
    private static final Instant TUESDAY = Instant.parse("2026-11-24T05:00:00Z");

    @Test
    void anIncidentRecordedAfterTheLatestAssessmentMakesAReassessmentDue() {
        assertThat(Reassessment.isDue(MONDAY, TUESDAY)).isTrue();
    }

    @Test
    void anAssessmentAfterTheLatestIncidentIsCurrent() {
        assertThat(Reassessment.isDue(TUESDAY, MONDAY)).isFalse();
        assertThat(Reassessment.isDue(TUESDAY, TUESDAY)).isFalse();
    }

    @Test
    void aCaseWithAnIncidentButNoAssessmentNeedsOne() {
        assertThat(Reassessment.isDue(null, MONDAY)).isTrue();
    }

    @Test
    void withoutAnyIncidentNothingIsDue() {
        assertThat(Reassessment.isDue(null, null)).isFalse();
        assertThat(Reassessment.isDue(MONDAY, null)).isFalse();
    }
}
