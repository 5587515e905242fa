package kz.tendik.directory.support;

import java.sql.SQLException;

import kz.tendik.shared.web.UserInputException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DuplicateKeyException;

import static org.assertj.core.api.Assertions.assertThat;

class UniqueNamesTest {

    @Test
    void aClashFoundByTheDatabaseIsReportedOnTheClashingField() {
        assertThat(field(clash("duplicate key value violates unique constraint \"centre_name_kk_uq\""))).isEqualTo("nameKk");
        assertThat(field(clash("duplicate key value violates unique constraint \"service_provider_name_en_uq\"")))
                .isEqualTo("nameEn");
        assertThat(field(clash("duplicate key value violates unique constraint \"centre_name_ru_uq\""))).isEqualTo("nameRu");
    }

    @Test
    void aClashOfHotlineNumbersIsReportedOnTheNumber() {
        UserInputException error = UniqueNames.asUserInput(
                clash("duplicate key value violates unique constraint \"hotline_number_uq\""));
        assertThat(error.problems().get(0).field()).isEqualTo("number");
        assertThat(error.problems().get(0).messageKey()).isEqualTo("directory.error.duplicateNumber");
    }

    private static String field(DuplicateKeyException exception) {
        UserInputException error = UniqueNames.asUserInput(exception);
        assertThat(error.problems().get(0).messageKey()).isEqualTo(UniqueNames.DUPLICATE);
        return error.problems().get(0).field();
    }

    private static DuplicateKeyException clash(String message) {
        return new DuplicateKeyException("insert failed", new SQLException(message, "23505"));
    }
}
