package kz.tendik.cases.survivor;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The test vectors of {@code iin.md}, and the checks in their order. */
class IinTest {

    @ParameterizedTest
    @CsvSource({
            "900515401230, 1990-05-15, FEMALE",
            "851231345671, 1985-12-31, MALE",
            "030101600013, 2003-01-01, FEMALE",
            "000229500424, 2000-02-29, MALE",
            "880312400506, 1988-03-12, FEMALE"})
    void theValidVectorsGiveTheirBirthDateAndSex(String digits, LocalDate birthDate, Sex sex) {
        Iin iin = Iin.parse(digits);
        assertThat(iin.birthDate()).isEqualTo(birthDate);
        assertThat(iin.sex()).isEqualTo(sex);
        assertThat(iin.digits()).isEqualTo(digits);
        assertThat(Iin.problemWith(digits)).isEmpty();
    }

    @Test
    void whenTheFirstSumIsTenTheSecondWeightsGiveTheCheckDigit() {
        assertThat(Iin.checkDigit("88031240050")).isEqualTo(6);
        assertThat(Iin.isValid("880312400506")).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "1", "2", "3", "4", "5", "6", "7", "8", "9"})
    void aNumberWhoseBothSumsAreTenIsNeverIssuedWhateverItsLastDigit(String last) {
        assertThat(Iin.problemWith("88031240052" + last)).contains(IinProblem.NEVER_ISSUED);
    }

    @Test
    void aWrongCheckDigitIsRefused() {
        assertThat(Iin.problemWith("900515401231")).contains(IinProblem.WRONG_CHECK_DIGIT);
    }

    @Test
    void theTwentyNinthOfFebruaryIsRefusedOutsideALeapYearEvenWithTheRightCheckDigit() {
        assertThat(Iin.checkDigit("99022940000")).isEqualTo(6);
        assertThat(Iin.problemWith("990229400006")).contains(IinProblem.NO_SUCH_DATE);
    }

    @Test
    void theLeapYearIsTheOneOfTheCenturyDigitSevenNames() {
        // 00-02-29 is a date in 2000 (leap) but not in 1900 (not leap)
        assertThat(Iin.compose(LocalDate.of(2000, 2, 29), Sex.MALE, 42)).isPresent();
        String in1900 = "0002293" + "0042";
        assertThat(Iin.problemWith(in1900 + Iin.checkDigit(in1900))).contains(IinProblem.NO_SUCH_DATE);
        String in1800 = "0002291" + "0042";
        assertThat(Iin.problemWith(in1800 + Iin.checkDigit(in1800))).contains(IinProblem.NO_SUCH_DATE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"90051540123", "9005154012301", "", "   ", "90051540123a", "9005 1540123", "９00515401230"})
    void anythingButTwelveAsciiDigitsIsRefused(String text) {
        assertThat(Iin.problemWith(text)).contains(IinProblem.NOT_TWELVE_DIGITS);
    }

    @Test
    void nullIsRefusedAsNotTwelveDigits() {
        assertThat(Iin.problemWith(null)).contains(IinProblem.NOT_TWELVE_DIGITS);
    }

    @Test
    void surroundingWhiteSpaceIsIgnored() {
        assertThat(Iin.parse(" 900515401230\n").digits()).isEqualTo("900515401230");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "7", "8", "9"})
    void aSeventhDigitOutsideOneToSixIsRefused(String seventh) {
        String first11 = "900515" + seventh + "0123";
        assertThat(Iin.problemWith(first11 + Iin.checkDigit(first11) % 10)).contains(IinProblem.NO_CENTURY_AND_SEX);
    }

    @ParameterizedTest
    @CsvSource({"1, 1890, MALE", "2, 1890, FEMALE", "3, 1990, MALE", "4, 1990, FEMALE", "5, 2090, MALE", "6, 2090, FEMALE"})
    void theSeventhDigitNamesCenturyAndSex(int seventh, int year, Sex sex) {
        String first11 = "900515" + seventh + "0124";
        int check = Iin.checkDigit(first11);
        if (check == 10) {
            first11 = "900515" + seventh + "0125";
            check = Iin.checkDigit(first11);
        }
        Iin iin = Iin.parse(first11 + check);
        assertThat(iin.birthDate()).isEqualTo(LocalDate.of(year, 5, 15));
        assertThat(iin.sex()).isEqualTo(sex);
    }

    @Test
    void parsingAnInvalidNumberNamesTheProblemButNotTheDigits() {
        assertThatThrownBy(() -> Iin.parse("900515401231"))
                .isInstanceOfSatisfying(InvalidIinException.class,
                        e -> assertThat(e.problem()).isEqualTo(IinProblem.WRONG_CHECK_DIGIT))
                .message().doesNotContain("900515");
    }

    @Test
    void theNumberNeverAppearsInToString() {
        assertThat(Iin.parse("900515401230").toString()).doesNotContain("900515");
    }

    @Test
    void twoIinsWithTheSameDigitsAreEqual() {
        assertThat(Iin.parse("900515401230")).isEqualTo(Iin.parse(" 900515401230")).hasSameHashCodeAs(Iin.parse("900515401230"));
        assertThat(Iin.parse("900515401230")).isNotEqualTo(Iin.parse("851231345671"));
    }

    @Test
    void aMatchingDateOfBirthAndSexGiveNoDisagreement() {
        assertThat(Iin.parse("900515401230").disagreementsWith(LocalDate.of(1990, 5, 15), Sex.FEMALE)).isEmpty();
    }

    @Test
    void theCrossCheckNamesEachFactThatDisagrees() {
        Iin iin = Iin.parse("900515401230");
        assertThat(iin.disagreementsWith(LocalDate.of(1990, 5, 16), Sex.FEMALE)).containsExactly(IinMismatch.DATE_OF_BIRTH);
        assertThat(iin.disagreementsWith(LocalDate.of(1990, 5, 15), Sex.MALE)).containsExactly(IinMismatch.SEX);
        assertThat(iin.disagreementsWith(LocalDate.of(1991, 5, 15), Sex.MALE))
                .containsExactly(IinMismatch.DATE_OF_BIRTH, IinMismatch.SEX);
    }

    @Test
    void anUnrecordedDateOfBirthOrSexIsNotCompared() {
        assertThat(Iin.parse("900515401230").disagreementsWith(null, null)).isEmpty();
        assertThat(Iin.parse("900515401230").disagreementsWith(null, Sex.MALE)).containsExactly(IinMismatch.SEX);
    }

    @Test
    void aMismatchNamesTheSurvivorsField() {
        assertThat(IinMismatch.DATE_OF_BIRTH.field()).isEqualTo("dateOfBirth");
        assertThat(IinMismatch.SEX.field()).isEqualTo("sex");
    }

    @Test
    void composingRefusesYearsAndSerialsAnIinCannotHold() {
        assertThatThrownBy(() -> Iin.compose(LocalDate.of(1799, 12, 31), Sex.MALE, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Iin.compose(LocalDate.of(2100, 1, 1), Sex.MALE, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Iin.compose(LocalDate.of(1990, 1, 1), Sex.MALE, 10_000)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void composingASerialWhoseCheckDigitIsNeverIssuedGivesNothing() {
        assertThat(Iin.compose(LocalDate.of(1988, 3, 12), Sex.FEMALE, 52)).isEmpty();
        assertThat(Iin.compose(LocalDate.of(1988, 3, 12), Sex.FEMALE, 50)).map(Iin::digits).contains("880312400506");
    }
}
