package kz.tendik.shared.i18n;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LanguagesTest {

    @Test
    void theBrowsersPreferredLanguageWinsAmongOurThree() {
        assertThat(Languages.bestMatch("en-US,en;q=0.9")).isEqualTo(Languages.ENGLISH);
        assertThat(Languages.bestMatch("kk-KZ,kk;q=0.9,ru;q=0.8")).isEqualTo(Languages.KAZAKH);
        assertThat(Languages.bestMatch("de-DE,ru;q=0.5")).isEqualTo(Languages.RUSSIAN);
    }

    @Test
    void anythingElseFallsBackToRussian() {
        assertThat(Languages.bestMatch(null)).isEqualTo(Languages.RUSSIAN);
        assertThat(Languages.bestMatch("fr-FR")).isEqualTo(Languages.RUSSIAN);
        assertThat(Languages.bestMatch(";;;q=oops")).isEqualTo(Languages.RUSSIAN);
        assertThat(Languages.normalise(Locale.GERMAN)).isEqualTo(Languages.RUSSIAN);
    }

    @Test
    void englishIsBritishSoDatesReadDayFirst() {
        assertThat(Languages.normalise(Locale.US)).isEqualTo(Locale.UK);
        assertThat(Languages.ENGLISH.getLanguage()).isEqualTo("en");
    }
}
