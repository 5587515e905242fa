package kz.tendik.directory.hotline;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static kz.tendik.directory.support.Violations.of;
import static org.assertj.core.api.Assertions.assertThat;

class HotlineDraftTest {

    @Test
    void aShortNumberWithNamesIsEnoughAndTheRestDefaults() {
        HotlineDraft d = new HotlineDraft("1414", "Атауы", "Название", "Name", null, null, null, null, null, null, null);
        assertThat(of(d)).isEmpty();
        assertThat(d.descriptionEn()).isEmpty();
        assertThat(d.aroundTheClock()).isFalse();
        assertThat(d.freeOfCharge()).isFalse();
        assertThat(d.sortOrder()).isZero();
        assertThat(d.active()).isTrue();
    }

    @Test
    void theNumberMustBeAPhoneNumberAndNamesAreRequired() {
        HotlineDraft d = new HotlineDraft("call us", "", "Название", null, null, null, null, true, true, 5, true);
        assertThat(of(d)).containsExactlyInAnyOrderEntriesOf(Map.of("nameEn", "{validation.required}",
                "nameKk", "{validation.required}", "number", "{validation.phone}"));
    }

    @Test
    void theOrderCannotBeNegative() {
        HotlineDraft d = new HotlineDraft("102", "Полиция", "Полиция", "Police", null, null, null, true, true, -1, true);
        assertThat(of(d)).containsExactlyEntriesOf(Map.of("sortOrder", "{validation.positiveOrZero}"));
    }
}
