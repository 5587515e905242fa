package kz.tendik.directory;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NamesTest {

    @Test
    void aNameIsShownInThePagesLanguage() {
        Names names = new Names("Орталық", "Центр", "Centre");
        assertThat(names.in(Locale.forLanguageTag("kk"))).isEqualTo("Орталық");
        assertThat(names.in(Locale.forLanguageTag("ru"))).isEqualTo("Центр");
        assertThat(names.in(Locale.ENGLISH)).isEqualTo("Centre");
    }

    @Test
    void aMissingTranslationFallsBackToTheOthers() {
        assertThat(new Names("Орталық", "Центр", " ").in(Locale.ENGLISH)).isEqualTo("Орталық");
        assertThat(new Names(null, "Центр", "Centre").in(Locale.forLanguageTag("kk"))).isEqualTo("Центр");
        assertThat(new Names("", "", "Centre").in(Locale.forLanguageTag("ru"))).isEqualTo("Centre");
    }

    @Test
    void anUnsupportedLanguageGetsRussian() {
        assertThat(new Names("Орталық", "Центр", "Centre").in(Locale.GERMAN)).isEqualTo("Центр");
    }
}
