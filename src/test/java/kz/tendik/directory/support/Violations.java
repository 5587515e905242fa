package kz.tendik.directory.support;

import java.util.Map;
import java.util.TreeMap;

import jakarta.validation.Validation;
import jakarta.validation.Validator;

/** Bean validation of a command without Spring: the violated fields with their message templates. */
public final class Violations {

    private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

    private Violations() {
    }

    public static Map<String, String> of(Object command) {
        Map<String, String> fields = new TreeMap<>();
        VALIDATOR.validate(command).forEach(v -> fields.merge(v.getPropertyPath().toString(), v.getMessageTemplate(),
                (a, b) -> a + " " + b));
        return fields;
    }
}
