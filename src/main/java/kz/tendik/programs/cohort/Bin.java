package kz.tendik.programs.cohort;

/**
 * Kazakhstan's business identification number (BIN), or the IIN a sole proprietor trades under: 12 digits whose
 * last is a check digit. The weighted sum of the first eleven digits (weights 1–11) modulo 11 is the check digit;
 * if it is 10, a second sum with weights 3–11, 1, 2 is taken, and if that is 10 too, the number is never issued.
 */
final class Bin {

    private Bin() {
    }

    static boolean valid(String number) {
        if (number == null || number.length() != 12 || !number.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return false;
        }
        int check = weightedSum(number, 1);
        if (check == 10) {
            check = weightedSum(number, 3);
        }
        return check != 10 && check == number.charAt(11) - '0';
    }

    /** Σ d_i · w_i mod 11 over the first eleven digits, the weights running from {@code firstWeight} up to 11, then 1, 2, … */
    private static int weightedSum(String number, int firstWeight) {
        int sum = 0;
        for (int i = 0; i < 11; i++) {
            int weight = (firstWeight - 1 + i) % 11 + 1;
            sum += (number.charAt(i) - '0') * weight;
        }
        return sum % 11;
    }
}
