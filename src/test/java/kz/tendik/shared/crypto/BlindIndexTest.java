package kz.tendik.shared.crypto;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class BlindIndexTest {

    private final BlindIndex index = new BlindIndex(MemoryKeysetSource.keyring());

    @Test
    void theSameValueAlwaysGivesTheSameIndex() {
        assertThat(index.iin("900515401230")).hasSize(BlindIndex.LENGTH).isEqualTo(index.iin("900515401230"));
        assertThat(index.hex(IndexKind.IIN, "900515401230")).hasSize(64).matches("[0-9a-f]+");
    }

    @ParameterizedTest
    @ValueSource(strings = {"+7 701 234 56 78", "87012345678", "8 (701) 234-56-78", "+77012345678",
            "7012345678", "77012345678", "007 701 234 5678"})
    void everyUsualFormOfAKazakhstanNumberGivesOneIndex(String phone) {
        assertThat(IndexKind.PHONE.normalise(phone)).isEqualTo("+77012345678");
        assertThat(index.phone(phone)).isEqualTo(index.phone("+7 (701) 234 56 78"));
    }

    @Test
    void shortAndForeignNumbersKeepTheirDigits() {
        assertThat(IndexKind.PHONE.normalise("102")).isEqualTo("102");
        assertThat(IndexKind.PHONE.normalise("+998 90 123 45 67")).isEqualTo("+998901234567");
        assertThat(index.phone("8 701 234 56 78")).isNotEqualTo(index.phone("8 701 234 56 79"));
    }

    @Test
    void anIinWithSpacesOrDashesIsTheSameIin() {
        assertThat(index.iin(" 900 515-401 230 ")).isEqualTo(index.iin("900515401230"));
        assertThat(index.iin("900515401231")).isNotEqualTo(index.iin("900515401230"));
    }

    @Test
    void theSameTextInTwoKindsGivesDifferentIndexes() {
        assertThat(index.iin("77012345678")).isNotEqualTo(index.phone("77012345678"));
        assertThat(index.fullName("Zhanar")).isNotEqualTo(index.fullNameLatin("Zhanar"));
    }

    @Test
    void namesIgnoreCaseSpacingAndUnicodeForms() {
        assertThat(index.fullName("  ЖҰМАБАЕВА   Әлия ")).isEqualTo(index.fullName("жұмабаева әлия"));
        assertThat(index.fullName("Алёна")).isEqualTo(index.fullName("Алена"));
        assertThat(index.fullName("O’Neil")).isEqualTo(index.fullName("o'neil"));
        assertThat(index.fullName("Ａｌｉｙａ")).isEqualTo(index.fullName("Aliya"));
    }

    @Test
    void theWrittenNameIndexKeepsTheScript() {
        assertThat(index.fullName("Жанар")).isNotEqualTo(index.fullName("Zhanar"));
        assertThat(index.fullName("Жанар Әлиева")).isNotEqualTo(index.fullName("Әлиева Жанар"));
    }

    @Test
    void theLatinIndexMeetsPassportSpellingsInAnyWordOrder() {
        assertThat(IndexKind.FULL_NAME_LATIN.normalise("Жанар Әлиева")).isEqualTo("alieva zhanar");
        assertThat(index.fullNameLatin("Жанар Әлиева"))
                .isEqualTo(index.fullNameLatin("ALIEVA ZHANAR"))
                .isEqualTo(index.fullNameLatin("Zhanar Älieva"));
        assertThat(index.fullNameLatin("Нұрсұлтан Қасымұлы")).isEqualTo(index.fullNameLatin("Kasymuly Nursultan"));
        assertThat(index.fullNameLatin("Жанар")).isNotEqualTo(index.fullNameLatin("Janar"));
    }

    @Test
    void aNameWithAYearOfBirthIsOnePersonAndNeverMatchesTheNameAlone() {
        assertThat(index.nameAndBirthYear(" ЖҰМАБАЕВА  Әлия", 1990)).isEqualTo(index.nameAndBirthYear("жұмабаева әлия", 1990))
                .isNotEqualTo(index.nameAndBirthYear("жұмабаева әлия", 1991))
                .isNotEqualTo(index.fullName("1990 жұмабаева әлия"));
        assertThat(index.nameAndBirthYear(" ", 1990)).isNull();
    }

    @Test
    void nothingToIndexGivesNull() {
        assertThat(index.iin(null)).isNull();
        assertThat(index.iin(" - ")).isNull();
        assertThat(index.fullName("   ")).isNull();
        assertThat(index.hex(IndexKind.PHONE, "")).isNull();
    }

    @Test
    void anotherIndexKeyGivesOtherIndexes() {
        BlindIndex other = new BlindIndex(MemoryKeysetSource.keyring());

        assertThat(other.iin("900515401230")).isNotEqualTo(index.iin("900515401230"));
    }
}
