package kz.tendik.directory.provider;

import java.util.Map;

import kz.tendik.directory.ProviderKind;
import org.junit.jupiter.api.Test;

import static kz.tendik.directory.support.Violations.of;
import static org.assertj.core.api.Assertions.assertThat;

class ProviderDraftTest {

    static ProviderDraft withEmail(String email) {
        return new ProviderDraft(ProviderKind.LEGAL_AID, "KZ-62", "Жезқазған қаласының № 1 заң консультациясы",
                "Юридическая консультация № 1 города Жезказгана", "Zhezkazgan Legal Advice Office No. 1", "Жезказган",
                "ул. Сатпаева, 3", "+7 7102 72 40 40", email, "Mo-Fr 09:00-18:00", true);
    }

    @Test
    void theEmailIsOptional() {
        assertThat(of(withEmail(null))).isEmpty();
        assertThat(of(withEmail("  "))).isEmpty();
        assertThat(withEmail("  ").email()).isNull();
        assertThat(of(withEmail("legal@demo.tendik.kz"))).isEmpty();
    }

    @Test
    void aMalformedEmailIsRefused() {
        assertThat(of(withEmail("legal at demo"))).containsExactlyEntriesOf(Map.of("email", "{directory.validation.email}"));
        assertThat(of(withEmail("legal@localhost"))).containsOnlyKeys("email");
    }

    @Test
    void theKindIsRequired() {
        ProviderDraft d = withEmail(null);
        assertThat(of(new ProviderDraft(null, d.regionCode(), d.nameKk(), d.nameRu(), d.nameEn(), d.locality(),
                d.address(), d.phone(), null, d.openingHours(), null)))
                .containsExactlyEntriesOf(Map.of("kind", "{validation.required}"));
    }
}
