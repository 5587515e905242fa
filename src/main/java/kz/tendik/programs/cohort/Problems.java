package kz.tendik.programs.cohort;

import java.util.ArrayList;
import java.util.List;

import kz.tendik.shared.web.UserInputException;
import kz.tendik.shared.web.UserInputException.FieldProblem;

/** Collects every mistake in a command, then refuses it whole (so every field is named at once). */
final class Problems {

    private final List<FieldProblem> problems = new ArrayList<>();

    Problems add(String field, String key, Object... arguments) {
        problems.add(new FieldProblem(field, key, arguments));
        return this;
    }

    boolean isEmpty() {
        return problems.isEmpty();
    }

    void throwIfAny() {
        if (!problems.isEmpty()) {
            throw new UserInputException(problems);
        }
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    static String trim(String s) {
        return s == null ? "" : s.strip();
    }
}
