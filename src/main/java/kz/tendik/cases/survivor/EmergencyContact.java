package kz.tendik.cases.survivor;

/** Someone to call for the survivor in an emergency. */
public record EmergencyContact(String name, String relationship, String phone) {

    public boolean isEmpty() {
        return blank(name) && blank(relationship) && blank(phone);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
