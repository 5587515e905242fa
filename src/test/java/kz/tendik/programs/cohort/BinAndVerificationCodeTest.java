package kz.tendik.programs.cohort;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The BIN check digit (vectors from the IIN reference: the algorithm is the same) and the certificate codes. */
class BinAndVerificationCodeTest {

    @ParameterizedTest
    @ValueSource(strings = {"900515401230", "851231345671", "030101600013", "000229500424", "880312400506",
            "240540012347", "250140028915"})
    void numbersWithTheRightCheckDigitAreValid(String number) {
        assertThat(Bin.valid(number)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"900515401231", "90051540123", "9005154012300", "90051540123a", " 90051540123", ""})
    void aWrongCheckDigitOrLengthOrCharacterIsInvalid(String number) {
        assertThat(Bin.valid(number)).isFalse();
    }

    @Test
    void numbersWhoseBothSumsAreTenAreNeverIssued() {
        for (int x = 0; x <= 9; x++) {
            assertThat(Bin.valid("88031240052" + x)).as("88031240052" + x).isFalse();
        }
        assertThat(Bin.valid(null)).isFalse();
    }

    @Test
    void codesAre16Base32CharactersAndDoNotRepeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String code = VerificationCode.generate();
            assertThat(code).matches("[A-Z2-7]{16}");
            assertThat(seen.add(code)).isTrue();
        }
    }

    @Test
    void aCodeIsReadInAnyCaseWithOrWithoutHyphensAndStoredOnlyAsItsHash() {
        assertThat(VerificationCode.normalise(" abcd-efgh ijkl-mnop ")).isEqualTo("ABCDEFGHIJKLMNOP");
        assertThat(VerificationCode.normalise("ABCD-EFGH-IJKL-MNO1")).isNull(); // 1 is not in the alphabet
        assertThat(VerificationCode.normalise("ABCD")).isNull();
        assertThat(VerificationCode.grouped("ABCDEFGHIJKLMNOP")).isEqualTo("ABCD-EFGH-IJKL-MNOP");
        assertThat(VerificationCode.hash("ABCDEFGHIJKLMNOP")).hasSize(64).doesNotContain("ABCD");
    }
}
