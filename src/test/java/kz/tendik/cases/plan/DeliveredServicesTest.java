package kz.tendik.cases.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import kz.tendik.cases.casefile.ReferralPurpose;
import kz.tendik.shared.web.UserInputException.FieldProblem;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DeliveredServicesTest {

    private static final LocalDate DAY = LocalDate.parse("2026-12-10");
    private static final PlannedService DELIVERED = new PlannedService(7, ReferralPurpose.PSYCHOLOGICAL,
            ProvidedBy.CENTRE, DAY, 2, DAY.minusDays(3));
    private static final PlannedService OPEN = new PlannedService(8, ReferralPurpose.LEGAL, ProvidedBy.REFERRAL, DAY,
            0, null);
    private static final Map<Long, PlannedService> STORED = Map.of(7L, DELIVERED, 8L, OPEN);

    private static CasePlanValidation.Item item(Long id, ReferralPurpose purpose) {
        return new CasePlanValidation.Item(id, purpose, ProvidedBy.REFERRAL, DAY.plusDays(5));
    }

    private static List<String> fields(List<CasePlanValidation.Item> items) {
        return DeliveredServices.problems(STORED, items).stream().map(FieldProblem::field).toList();
    }

    @Test
    void aDeliveredServiceMayMoveAndChangeItsProviderAndDateAndAnUndeliveredOneMayGo() {
        assertThat(fields(List.of(item(null, ReferralPurpose.MEDICAL), item(7L, ReferralPurpose.PSYCHOLOGICAL))))
                .isEmpty();
    }

    @Test
    void anUndeliveredServiceMayChangeItsKind() {
        assertThat(fields(List.of(item(7L, ReferralPurpose.PSYCHOLOGICAL), item(8L, ReferralPurpose.SHELTER))))
                .isEmpty();
    }

    @Test
    void aDeliveredServiceKeepsItsKindAndStaysInThePlan() {
        assertThat(fields(List.of(item(7L, ReferralPurpose.MEDICAL)))).containsExactly("services[0].purpose");
        assertThat(fields(List.of(item(8L, ReferralPurpose.LEGAL)))).containsExactly("services");
        assertThat(DeliveredServices.problems(STORED, List.of()).get(0).arguments()).hasSize(1);
    }

    @Test
    void anIdNotOfThisPlanOrSentTwiceIsNamedOnItsRow() {
        assertThat(fields(List.of(item(7L, ReferralPurpose.PSYCHOLOGICAL), item(99L, ReferralPurpose.LEGAL),
                item(7L, ReferralPurpose.PSYCHOLOGICAL)))).containsExactly("services[1].id", "services[2].id");
    }
}
