package kz.tendik.cases.survivor;

/** Someone to call for the survivor in an emergency. */
public record EmergencyContact(String name, String relationship, String phone) {

    public boolean blank() {
        return isBlank(name) && isBlank(relationship) && isBlank(phone);
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
