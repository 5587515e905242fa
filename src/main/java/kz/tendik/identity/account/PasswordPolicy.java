package kz.tendik.identity.account;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.nulabinc.zxcvbn.Strength;
import com.nulabinc.zxcvbn.Zxcvbn;
import com.nulabinc.zxcvbn.matchers.Match;
import kz.tendik.shared.web.UserInputException;
import kz.tendik.shared.web.UserInputException.FieldProblem;
import org.springframework.stereotype.Component;

/**
 * What a new password must be: at least {@value #MIN_LENGTH} characters, not containing the username, and not
 * guessable. Guessability is zxcvbn's estimate (score 3 of 4 or better) and its list of the most common
 * passwords: a password that is one of them, even with digits or letters swapped, is refused outright.
 * Users who cannot think of one are advised to take a phrase of several unrelated words.
 */
@Component
public class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    /** Longer input is refused before it is measured or hashed: it would only cost time. */
    public static final int MAX_LENGTH = 128;
    private static final int MIN_SCORE = 3;

    private final Zxcvbn zxcvbn = new Zxcvbn();

    /** The message keys (with arguments) that explain why {@code password} is refused; empty when it is fine. */
    public List<FieldProblem> problems(String field, String password, String username) {
        List<FieldProblem> problems = new ArrayList<>();
        if (password == null || password.isEmpty()) {
            problems.add(new FieldProblem(field, "validation.required"));
            return problems;
        }
        int length = password.codePointCount(0, password.length());
        if (length > MAX_LENGTH) {
            problems.add(new FieldProblem(field, "password.tooLong", MAX_LENGTH));
            return problems;
        }
        if (length < MIN_LENGTH) {
            problems.add(new FieldProblem(field, "password.tooShort", MIN_LENGTH));
        }
        if (username != null && !username.isBlank()
                && password.toLowerCase(Locale.ROOT).contains(username.trim().toLowerCase(Locale.ROOT))) {
            problems.add(new FieldProblem(field, "password.containsUsername"));
        }
        if (problems.isEmpty()) {
            Strength strength = zxcvbn.measure(password, username == null ? List.of() : List.of(username));
            if (isCommon(strength, password)) {
                problems.add(new FieldProblem(field, "password.common"));
            } else if (strength.getScore() < MIN_SCORE) {
                problems.add(new FieldProblem(field, "password.weak"));
            }
        }
        return problems;
    }

    /** Refuses a password that breaks the policy, naming {@code field}. */
    public void check(String field, String password, String username) {
        List<FieldProblem> problems = problems(field, password, username);
        if (!problems.isEmpty()) {
            throw new UserInputException(problems);
        }
    }

    /** One match from the common-passwords list covers the whole password (possibly reversed or in l33t). */
    private static boolean isCommon(Strength strength, String password) {
        int last = password.length() - 1;
        for (Match match : strength.getSequence()) {
            if ("passwords".equals(match.dictionaryName) && match.i == 0 && match.j == last) {
                return true;
            }
        }
        return false;
    }
}
