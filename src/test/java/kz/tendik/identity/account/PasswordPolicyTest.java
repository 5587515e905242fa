package kz.tendik.identity.account;

import java.util.List;

import kz.tendik.shared.web.UserInputException;
import kz.tendik.shared.web.UserInputException.FieldProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PasswordPolicyTest {

    private static final PasswordPolicy POLICY = new PasswordPolicy();

    private static List<String> keys(String password, String username) {
        return POLICY.problems("password", password, username).stream().map(FieldProblem::messageKey).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"password1234", "qwertyuiop123", "123456789012", "Qwerty123456!", "iloveyou2024!"})
    void commonPasswordsAreRefused(String password) {
        assertThat(keys(password, "d.ospanova")).singleElement()
                .isIn("password.common", "password.weak");
    }

    @Test
    void aPasswordThatIsExactlyACommonOneIsNamedCommon() {
        assertThat(keys("password1234", "d.ospanova")).containsExactly("password.common");
        assertThat(keys("qwertyuiop123", "d.ospanova")).containsExactly("password.common");
    }

    @Test
    void aPasswordContainingTheUsernameIsRefusedWhateverItsCase() {
        assertThat(keys("Zebra-D.Ospanova-Kettle-42", "d.ospanova")).containsExactly("password.containsUsername");
    }

    @Test
    void aShortPasswordIsRefusedWithTheMinimumLength() {
        List<FieldProblem> problems = POLICY.problems("newPassword", "Zk8#qL2!", "d.ospanova");
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("newPassword");
            assertThat(p.messageKey()).isEqualTo("password.tooShort");
            assertThat(p.arguments()).containsExactly(PasswordPolicy.MIN_LENGTH);
        });
    }

    @Test
    void anOverlongPasswordIsRefusedBeforeItIsMeasured() {
        assertThat(keys("a".repeat(PasswordPolicy.MAX_LENGTH + 1), "d.ospanova")).containsExactly("password.tooLong");
    }

    @ParameterizedTest
    @ValueSource(strings = {"correct horse battery staple", "Zebra-Velvet-Kettle-42", "Тұран-жолы сары 7 бұлақ"})
    void aStrongPassphraseIsAccepted(String passphrase) {
        assertThat(keys(passphrase, "d.ospanova")).isEmpty();
    }

    @Test
    void checkRefusesWithTheFieldNamed() {
        assertThatThrownBy(() -> POLICY.check("newPassword", "password1234", "someone"))
                .isInstanceOfSatisfying(UserInputException.class,
                        e -> assertThat(e.problems()).extracting(FieldProblem::field).containsExactly("newPassword"));
    }
}
