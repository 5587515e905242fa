package kz.tendik.directory.support;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static kz.tendik.directory.support.PhoneNumber.Check.isPhoneNumber;
import static org.assertj.core.api.Assertions.assertThat;

class PhoneNumberTest {

    @ParameterizedTest
    @ValueSource(strings = {"+7 7172 55 11 11", "+7 727 300 11 11", "+77015551234", "8 800 080 7777",
            "+7 (7252) 53-20-20", "102", "111", "1414", " +7 72533 5 14 27 "})
    void kazakhPhoneNumbersAndShortNumbersAreAccepted(String number) {
        assertThat(isPhoneNumber(number)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"12", "12345", "+7 7172 55 11", "+7 7172 55 11 11 1", "+1 202 555 0100", "7172551111",
            "phone", "+7 7172 55 11 1a", "++77172551111", "+7 7172 55/11/11"})
    void anythingElseIsRefused(String number) {
        assertThat(isPhoneNumber(number)).isFalse();
    }
}
