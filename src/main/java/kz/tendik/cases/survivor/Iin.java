package kz.tendik.cases.survivor;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Kazakhstan's Individual Identification Number, {@code YYMMDD C SSSS K}: date of birth, century and sex, serial,
 * check digit. Only a number that passes every check of {@code iin.md} can be made: twelve ASCII digits, digit 7
 * in 1–6, a real calendar date in the century it names, and the check digit of the two-pass mod-11 sum (a number
 * whose both sums are 10 is never issued). Surrounding white space is ignored; nothing else is.
 * <p>
 * The number is highly sensitive: {@link #toString()} never shows it; use {@link #digits()} to encrypt or hash it.
 * The check digit does not protect digit 11 in the first pass (its weight 11 is 0 mod 11), so a typo there can
 * pass: the cross-check with the recorded date of birth and sex ({@link #disagreementsWith}) does not catch it
 * either, as the serial carries no meaning.
 */
public final class Iin {

    private static final int[] FIRST_WEIGHTS = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11};
    private static final int[] SECOND_WEIGHTS = {3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2};
    private static final int NEVER = 10;

    private final String digits;
    private final LocalDate birthDate;
    private final Sex sex;

    private Iin(String digits, LocalDate birthDate, Sex sex) {
        this.digits = digits;
        this.birthDate = birthDate;
        this.sex = sex;
    }

    /** The IIN written in {@code text}, or {@link InvalidIinException} naming the first problem found. */
    public static Iin parse(String text) {
        String candidate = text == null ? "" : text.strip();
        IinProblem problem = problemOf(candidate);
        if (problem != null) {
            throw new InvalidIinException(problem);
        }
        return new Iin(candidate, dateOf(candidate), sexOf(candidate));
    }

    /** What is wrong with {@code text} as an IIN, or empty when it is a valid one. */
    public static Optional<IinProblem> problemWith(String text) {
        return Optional.ofNullable(problemOf(text == null ? "" : text.strip()));
    }

    public static boolean isValid(String text) {
        return problemWith(text).isEmpty();
    }

    /**
     * The IIN a person born on {@code birthDate} with {@code sex} gets with {@code serial} (0–9999), or empty when
     * the check digit of that serial is "never issued". For demo data, the generator and tests.
     */
    public static Optional<Iin> compose(LocalDate birthDate, Sex sex, int serial) {
        int year = birthDate.getYear();
        if (year < 1800 || year > 2099 || serial < 0 || serial > 9999) {
            throw new IllegalArgumentException("an IIN holds years 1800-2099 and serials 0-9999");
        }
        int centuryIndex = (year - 1800) / 100;
        int centuryAndSex = 1 + 2 * centuryIndex + (sex == Sex.FEMALE ? 1 : 0);
        String first11 = String.format("%02d%02d%02d%d%04d", year % 100, birthDate.getMonthValue(),
                birthDate.getDayOfMonth(), centuryAndSex, serial);
        int check = checkDigit(first11);
        return check == NEVER ? Optional.empty() : Optional.of(parse(first11 + check));
    }

    /** The twelve digits, for encryption and the blind index only. */
    public String digits() {
        return digits;
    }

    public LocalDate birthDate() {
        return birthDate;
    }

    public Sex sex() {
        return sex;
    }

    /**
     * Which of the recorded date of birth and sex this IIN contradicts; a {@code null} argument is not compared.
     * Empty when they agree.
     */
    public Set<IinMismatch> disagreementsWith(LocalDate dateOfBirth, Sex recordedSex) {
        Set<IinMismatch> mismatches = EnumSet.noneOf(IinMismatch.class);
        if (dateOfBirth != null && !dateOfBirth.equals(birthDate)) {
            mismatches.add(IinMismatch.DATE_OF_BIRTH);
        }
        if (recordedSex != null && recordedSex != sex) {
            mismatches.add(IinMismatch.SEX);
        }
        return mismatches;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Iin iin && iin.digits.equals(digits);
    }

    @Override
    public int hashCode() {
        return digits.hashCode();
    }

    /** Never the number itself: an IIN must not end up in a log. */
    @Override
    public String toString() {
        return "Iin[hidden]";
    }

    private static IinProblem problemOf(String candidate) {
        if (candidate.length() != 12 || !candidate.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return IinProblem.NOT_TWELVE_DIGITS;
        }
        int centuryAndSex = digit(candidate, 6);
        if (centuryAndSex < 1 || centuryAndSex > 6) {
            return IinProblem.NO_CENTURY_AND_SEX;
        }
        if (dateOf(candidate) == null) {
            return IinProblem.NO_SUCH_DATE;
        }
        int check = checkDigit(candidate.substring(0, 11));
        if (check == NEVER) {
            return IinProblem.NEVER_ISSUED;
        }
        return check == digit(candidate, 11) ? null : IinProblem.WRONG_CHECK_DIGIT;
    }

    /** The check digit of the first eleven digits, or 10 when both passes give 10 (never issued). */
    static int checkDigit(String first11) {
        int sum = weightedSum(first11, FIRST_WEIGHTS);
        return sum != NEVER ? sum : weightedSum(first11, SECOND_WEIGHTS);
    }

    private static int weightedSum(String digits, int[] weights) {
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += digit(digits, i) * weights[i];
        }
        return sum % 11;
    }

    private static LocalDate dateOf(String candidate) {
        int century = 1800 + 100 * ((digit(candidate, 6) - 1) / 2);
        int year = century + Integer.parseInt(candidate.substring(0, 2));
        try {
            return LocalDate.of(year, Integer.parseInt(candidate.substring(2, 4)), Integer.parseInt(candidate.substring(4, 6)));
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static Sex sexOf(String candidate) {
        return digit(candidate, 6) % 2 == 1 ? Sex.MALE : Sex.FEMALE;
    }

    private static int digit(String digits, int index) {
        return digits.charAt(index) - '0';
    }
}
