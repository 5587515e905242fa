package kz.tendik.cases.incident;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IncidentEnumsTest {

    @Test
    void exactlyTheFourPartnerRelationshipsAreIntimatePartners() {
        assertThat(Arrays.stream(Relationship.values()).filter(Relationship::isIntimatePartner))
                .containsExactly(Relationship.SPOUSE, Relationship.FORMER_SPOUSE, Relationship.PARTNER,
                        Relationship.FORMER_PARTNER);
    }

    @Test
    void anIncidentReportedToAnotherParticipatingOrganisationIsNotCountedTwice() {
        assertThat(ReportedElsewhere.PARTICIPATING_ORGANISATION.countsInSharedStatistics()).isFalse();
        assertThat(ReportedElsewhere.OTHER_ORGANISATION.countsInSharedStatistics()).isTrue();
        assertThat(ReportedElsewhere.NO.countsInSharedStatistics()).isTrue();
    }

    @Test
    void onlyRapeAndSexualAssaultAreSexualViolence() {
        assertThat(Arrays.stream(GbvType.values()).filter(GbvType::isSexualViolence))
                .containsExactly(GbvType.RAPE, GbvType.SEXUAL_ASSAULT);
    }
}
