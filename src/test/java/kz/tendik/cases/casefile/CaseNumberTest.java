package kz.tendik.cases.casefile;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CaseNumberTest {

    @Test
    void aNumberNamesRegionCentreYearAndRunningNumber() {
        assertThat(new CaseNumber("KZ-71", 3, 2026, 42)).hasToString("KZ71-03-2026-00042");
        assertThat(new CaseNumber("KZ-75", 123, 2027, 123_456)).hasToString("KZ75-123-2027-123456");
    }

    @Test
    void aWrittenNumberIsReadBackWhateverTheCaseAndSpaces() {
        CaseNumber number = CaseNumber.parse(" kz71-03-2026-00042 ");
        assertThat(number).isEqualTo(new CaseNumber("KZ-71", 3, 2026, 42));
        assertThat(CaseNumber.parse(number.toString())).isEqualTo(number);
    }

    @Test
    void somethingElseIsNotACaseNumber() {
        assertThat(CaseNumber.isWellFormed("KZ71-2026-00042")).isFalse();
        assertThat(CaseNumber.isWellFormed("KZ71-03-26-00042")).isFalse();
        assertThat(CaseNumber.isWellFormed(null)).isFalse();
        assertThat(CaseNumber.isWellFormed("KZ71-03-2026-00000")).isFalse();
        assertThatThrownBy(() -> new CaseNumber("Astana", 3, 2026, 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
