package kz.tendik.cases.survivor;

import java.time.LocalDate;
import java.util.List;

import kz.tendik.shared.web.UserInputException.FieldProblem;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class SurvivorValidationTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);
    private static final LocalDate BORN = LocalDate.of(1990, 4, 12);
    private static final String IIN = Iin.compose(BORN, Sex.FEMALE, 42).orElseGet(
            () -> Iin.compose(BORN, Sex.FEMALE, 43).orElseThrow()).digits();

    private static SurvivorProfile profile(String name, String iin, LocalDate born, Sex sex, List<ContactChannel> contacts) {
        return new SurvivorProfile(name, null, iin, born, null, null, sex, null, null, List.of("kk"), null, null, null,
                1, contacts, null, null);
    }

    @Test
    void aCompleteProfileWithAMatchingIinHasNoProblems() {
        assertThat(SurvivorValidation.problems(profile("Жанар Әлиева", IIN, BORN, Sex.FEMALE,
                List.of(new ContactChannel(ChannelKind.PHONE, "8 (701) 234-56-78", true, false, false))), TODAY)).isEmpty();
        assertThat(SurvivorValidation.problems(profile("Foreign Person", null, null, Sex.FEMALE, List.of()), TODAY))
                .isEmpty();
    }

    @Test
    void everyProblemIsNamedAtOnce() {
        List<FieldProblem> problems = SurvivorValidation.problems(profile(" ", "12345", TODAY.plusDays(1), null,
                List.of(new ContactChannel(ChannelKind.EMAIL, "nobody", false, false, false),
                        new ContactChannel(null, "", false, false, false))), TODAY);
        assertThat(problems).extracting(FieldProblem::field).containsExactlyInAnyOrder("fullName", "sex",
                "dateOfBirth", "iin", "contacts[0].value", "contacts[1].kind", "contacts[1].value");
        assertThat(problems).filteredOn(p -> p.field().equals("iin")).extracting(FieldProblem::messageKey)
                .containsExactly("cases.iin.problem.NOT_TWELVE_DIGITS");
    }

    @Test
    void anIinThatContradictsTheDateOfBirthAndSexNamesBothFields() {
        List<FieldProblem> problems = SurvivorValidation.problems(profile("Жанар Әлиева", IIN, BORN.plusDays(1),
                Sex.MALE, List.of()), TODAY);
        assertThat(problems).extracting(FieldProblem::field).containsExactlyInAnyOrder("dateOfBirth", "sex");
        assertThat(problems).extracting(FieldProblem::messageKey)
                .containsExactlyInAnyOrder("cases.iin.mismatch.DATE_OF_BIRTH", "cases.iin.mismatch.SEX");
    }

    @Test
    void aDisabilityIsDescribedOnlyWhenTheAnswerIsNotNo() {
        assertThat(SurvivorValidation.problems(disabled(false, "Нашар көреді"), TODAY))
                .extracting(FieldProblem::field, FieldProblem::messageKey)
                .containsExactly(tuple("disability", "cases.survivor.disability.describedButNo"));
        assertThat(SurvivorValidation.problems(disabled(false, " "), TODAY)).isEmpty();
        assertThat(SurvivorValidation.problems(disabled(false, null), TODAY)).isEmpty();
        assertThat(SurvivorValidation.problems(disabled(true, "Нашар көреді"), TODAY)).isEmpty();
        assertThat(SurvivorValidation.problems(disabled(true, null), TODAY)).isEmpty();
        assertThat(SurvivorValidation.problems(disabled(null, "Нашар көреді"), TODAY)).isEmpty();
        assertThat(SurvivorValidation.problems(disabled(null, null), TODAY)).isEmpty();
    }

    private static SurvivorProfile disabled(Boolean hasDisability, String description) {
        return new SurvivorProfile("Жанар Әлиева", null, null, BORN, null, null, Sex.FEMALE,
                MaritalStatus.MARRIED_OR_COHABITING, DisplacementStatus.RESIDENT, List.of("kk"), hasDisability,
                description, "KZ", 0, List.of(), null, null);
    }

    @Test
    void phonesMustBeCallableNumbers() {
        assertThat(SurvivorValidation.isPhone("+7 701 234 56 78")).isTrue();
        assertThat(SurvivorValidation.isPhone("87012345678")).isTrue();
        assertThat(SurvivorValidation.isPhone("12ab")).isFalse();
        assertThat(SurvivorValidation.isPhone("102")).isFalse();
    }

    @Test
    void initialsShowOnlyTheFirstLetters() {
        assertThat(Initials.of("жанар әлиева")).isEqualTo("Ж. Ә.");
        assertThat(Initials.of("Anna-Maria Kim")).isEqualTo("A. M. K.");
        assertThat(Initials.of(null)).isEqualTo("?");
    }
}
