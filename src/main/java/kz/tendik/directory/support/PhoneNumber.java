package kz.tendik.directory.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.regex.Pattern;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A Kazakhstan phone number: {@code +7} or {@code 8} and ten digits ({@code +7 7172 55 11 11},
 * {@code 8 800 080 7777}), or a short number of three or four digits ({@code 102}, {@code 1414}). Spaces,
 * hyphens and brackets may group the digits. {@code null} is valid (use {@code @NotBlank} to require it).
 */
@Documented
@Constraint(validatedBy = PhoneNumber.Check.class)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface PhoneNumber {

    String message() default "{validation.phone}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<PhoneNumber, String> {

        private static final Pattern ALLOWED = Pattern.compile("\\+?[0-9][0-9 ()\\-]*");
        private static final Pattern DIGITS = Pattern.compile("(\\+7|8)[0-9]{10}|[0-9]{3,4}");

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || value.isBlank() || isPhoneNumber(value);
        }

        public static boolean isPhoneNumber(String value) {
            String trimmed = value.strip();
            if (!ALLOWED.matcher(trimmed).matches()) {
                return false;
            }
            return DIGITS.matcher(trimmed.replaceAll("[ ()\\-]", "")).matches();
        }
    }
}
