package kz.tendik.cases.survivor;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import kz.tendik.shared.crypto.IndexKind;
import kz.tendik.shared.web.UserInputException.FieldProblem;

/**
 * Every mistake in a survivor's profile at once, each naming its field (API field names: {@code iin},
 * {@code contacts[0].value}). The IIN is checked as in {@code iin.md} and then against the date of birth and sex
 * given, naming each disagreeing field. A disability described while the answer to "has a disability" is no is
 * refused on {@code disability}.
 */
public final class SurvivorValidation {

    static final int MAX_NAME = 200;
    static final int MAX_TEXT = 1000;
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private SurvivorValidation() {
    }

    public static List<FieldProblem> problems(SurvivorProfile p, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        if (blank(p.fullName())) {
            problems.add(problem("fullName", "validation.required"));
        } else if (p.fullName().length() > MAX_NAME) {
            problems.add(problem("fullName", "validation.tooLong"));
        }
        if (p.fullNameLatin() != null && p.fullNameLatin().length() > MAX_NAME) {
            problems.add(problem("fullNameLatin", "validation.tooLong"));
        }
        if (p.sex() == null) {
            problems.add(problem("sex", "validation.required"));
        }
        if (p.dateOfBirth() != null && p.dateOfBirth().isAfter(today)) {
            problems.add(problem("dateOfBirth", "cases.survivor.dateOfBirth.future"));
        }
        if (p.age() != null && (p.age() < 0 || p.age() > 120)) {
            problems.add(problem("age", "cases.survivor.age.range"));
        }
        if (!blank(p.iin())) {
            Optional<IinProblem> iinProblem = Iin.problemWith(p.iin());
            if (iinProblem.isPresent()) {
                problems.add(problem("iin", iinProblem.get().messageKey()));
            } else {
                for (IinMismatch mismatch : Iin.parse(p.iin()).disagreementsWith(p.dateOfBirth(), p.sex())) {
                    problems.add(problem(mismatch.field(), mismatch.messageKey()));
                }
            }
        }
        for (int i = 0; i < p.languages().size(); i++) {
            String language = p.languages().get(i);
            if (language == null || !LANGUAGE.matcher(language).matches()) {
                problems.add(problem("languages[" + i + "]", "validation.invalidValue"));
            }
        }
        tooLong(problems, "disability", p.disability());
        if (Boolean.FALSE.equals(p.hasDisability()) && !blank(p.disability())) {
            problems.add(problem("disability", "cases.survivor.disability.describedButNo"));
        }
        if (p.citizenship() != null && !p.citizenship().isBlank()
                && !java.util.Arrays.asList(java.util.Locale.getISOCountries()).contains(p.citizenship())) {
            problems.add(problem("citizenship", "cases.survivor.citizenshipCode"));
        }
        tooLong(problems, "safeAddress", p.safeAddress());
        if (p.childrenInHousehold() != null && (p.childrenInHousehold() < 0 || p.childrenInHousehold() > 30)) {
            problems.add(problem("childrenInHousehold", "validation.positiveOrZero"));
        }
        for (int i = 0; i < p.contacts().size(); i++) {
            contact(problems, "contacts[" + i + "]", p.contacts().get(i));
        }
        EmergencyContact emergency = p.emergencyContact();
        if (emergency != null && !emergency.blank()) {
            if (blank(emergency.name())) {
                problems.add(problem("emergencyContact.name", "validation.required"));
            }
            tooLong(problems, "emergencyContact.name", emergency.name());
            tooLong(problems, "emergencyContact.relationship", emergency.relationship());
            if (blank(emergency.phone())) {
                problems.add(problem("emergencyContact.phone", "validation.required"));
            } else if (!isPhone(emergency.phone())) {
                problems.add(problem("emergencyContact.phone", "validation.phone"));
            }
        }
        return problems;
    }

    /** A number that normalises to a Kazakhstan mobile/landline or an international {@code +} number. */
    public static boolean isPhone(String value) {
        String normal = IndexKind.PHONE.normalise(value);
        return normal != null && normal.matches("\\+\\d{10,15}") && value.matches("[+\\d\\s()\\-.]+");
    }

    private static void contact(List<FieldProblem> problems, String prefix, ContactChannel channel) {
        if (channel == null) {
            problems.add(problem(prefix, "validation.required"));
            return;
        }
        if (channel.kind() == null) {
            problems.add(problem(prefix + ".kind", "validation.required"));
        }
        if (blank(channel.value())) {
            problems.add(problem(prefix + ".value", "validation.required"));
        } else if (channel.value().length() > MAX_NAME) {
            problems.add(problem(prefix + ".value", "validation.tooLong"));
        } else if (channel.kind() != null && channel.kind().holdsPhone() && !isPhone(channel.value())) {
            problems.add(problem(prefix + ".value", "validation.phone"));
        } else if (channel.kind() == ChannelKind.EMAIL && !EMAIL.matcher(channel.value()).matches()) {
            problems.add(problem(prefix + ".value", "cases.survivor.email.invalid"));
        }
    }

    private static void tooLong(List<FieldProblem> problems, String field, String value) {
        if (value != null && value.length() > MAX_TEXT) {
            problems.add(problem(field, "validation.tooLong"));
        }
    }

    private static FieldProblem problem(String field, String key) {
        return new FieldProblem(field, key);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
