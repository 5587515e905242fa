package kz.tendik.directory.centre;

import java.util.Set;

import kz.tendik.directory.CentreService;
import org.junit.jupiter.api.Test;

import static kz.tendik.directory.support.Violations.of;
import static org.assertj.core.api.Assertions.assertThat;

class CentreDraftTest {

    static CentreDraft valid() {
        return new CentreDraft("KZ-62", "Жезқазған қаласының отбасын қолдау орталығы",
                "Центр поддержки семьи города Жезказгана", "Zhezkazgan Family Support Centre", "Жезказган",
                "ул. Алашахана, 12", "+7 7102 73 11 22", "Mo-Fr 09:00-18:00", Set.of(CentreService.PSYCHOLOGICAL), 0, null);
    }

    @Test
    void aCompleteCentreIsValid() {
        assertThat(of(valid())).isEmpty();
    }

    @Test
    void namesAreRequiredInAllThreeLanguages() {
        CentreDraft d = valid();
        CentreDraft noNames = new CentreDraft(d.regionCode(), " ", null, "", d.locality(), d.address(), d.phone(),
                d.openingHours(), d.services(), d.shelterPlaces(), true);
        assertThat(of(noNames)).containsOnlyKeys("nameKk", "nameRu", "nameEn")
                .containsValue("{validation.required}");
    }

    @Test
    void thePhoneMustBeAKazakhNumber() {
        CentreDraft d = valid();
        CentreDraft badPhone = new CentreDraft(d.regionCode(), d.nameKk(), d.nameRu(), d.nameEn(), d.locality(),
                d.address(), "55-11-11", d.openingHours(), d.services(), d.shelterPlaces(), true);
        assertThat(of(badPhone)).containsExactlyEntriesOf(java.util.Map.of("phone", "{validation.phone}"));
    }

    @Test
    void shelterPlacesCannotBeNegativeOrMissing() {
        CentreDraft d = valid();
        assertThat(of(new CentreDraft(d.regionCode(), d.nameKk(), d.nameRu(), d.nameEn(), d.locality(), d.address(),
                d.phone(), d.openingHours(), d.services(), -1, true)))
                .containsExactlyEntriesOf(java.util.Map.of("shelterPlaces", "{validation.positiveOrZero}"));
        assertThat(of(new CentreDraft(d.regionCode(), d.nameKk(), d.nameRu(), d.nameEn(), d.locality(), d.address(),
                d.phone(), d.openingHours(), d.services(), null, true)))
                .containsExactlyEntriesOf(java.util.Map.of("shelterPlaces", "{validation.required}"));
    }

    @Test
    void theRegionMustBeAnIsoCode() {
        CentreDraft d = valid();
        assertThat(of(new CentreDraft("Astana", d.nameKk(), d.nameRu(), d.nameEn(), d.locality(), d.address(),
                d.phone(), d.openingHours(), d.services(), 0, true))).containsOnlyKeys("regionCode");
    }

    @Test
    void textIsTidiedAndDefaultsApply() {
        CentreDraft d = new CentreDraft(" KZ-62 ", "  Атауы ", "Название", "Name", "Город", "Адрес", "102", "24/7",
                null, 0, null);
        assertThat(d.regionCode()).isEqualTo("KZ-62");
        assertThat(d.nameKk()).isEqualTo("Атауы");
        assertThat(d.services()).isEmpty();
        assertThat(d.active()).isTrue();
    }
}
