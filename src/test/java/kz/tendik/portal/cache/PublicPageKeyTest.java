package kz.tendik.portal.cache;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

class PublicPageKeyTest {

    private static Optional<PublicPageKey> key(String path, String... parameters) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        for (int i = 0; i < parameters.length; i += 2) {
            request.addParameter(parameters[i], parameters[i + 1]);
        }
        return PublicPageKey.of(request, "kk");
    }

    @Test
    void pagesWithoutParametersAreKeyedByPathAndLanguage() {
        assertThat(key("/help")).contains(new PublicPageKey("/help", "kk", null, null));
        assertThat(key("/help/pages/safety-plan")).contains(new PublicPageKey("/help/pages/safety-plan", "kk", null, null));
        assertThat(key("/help/centres/12")).contains(new PublicPageKey("/help/centres/12", "kk", null, null));
    }

    @Test
    void theFinderIsKeyedByRegionAndNeedOnlyAndEmptyFieldsAreIgnored() {
        assertThat(key("/help/centres", "region", "KZ-75", "city", "", "need", "SHELTER"))
                .contains(new PublicPageKey("/help/centres", "kk", "KZ-75", "SHELTER"));
        assertThat(key("/help/centres", "need", "")).contains(new PublicPageKey("/help/centres", "kk", null, null));
    }

    @Test
    void positionsCitiesLanguageSwitchesAndAnythingUnexpectedHaveNoKey() {
        assertThat(key("/help/centres", "lat", "43.2", "lon", "76.9")).isEmpty();
        assertThat(key("/help/centres", "city", "Алматы")).isEmpty();
        assertThat(key("/help", "lang", "ru")).isEmpty();
        assertThat(key("/help/pages/safety-plan", "region", "KZ-75")).isEmpty();
        assertThat(key("/help/centres", "region", "<script>")).isEmpty();
        assertThat(key("/help/centres/results", "region", "KZ-75")).isEmpty();
        assertThat(key("/help/../admin")).isEmpty();
        MockHttpServletRequest twice = new MockHttpServletRequest("GET", "/help/centres");
        twice.addParameter("region", "KZ-75", "KZ-71");
        assertThat(PublicPageKey.of(twice, "ru")).isEmpty();
    }
}
