package kz.tendik.cases.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import kz.tendik.cases.casefile.FamilyCategory;
import kz.tendik.cases.survivor.ChannelKind;
import kz.tendik.cases.survivor.ContactChannel;
import kz.tendik.cases.survivor.DisplacementStatus;
import kz.tendik.cases.survivor.EmergencyContact;
import kz.tendik.cases.survivor.MaritalStatus;
import kz.tendik.cases.survivor.Sex;
import kz.tendik.cases.survivor.SurvivorProfile;
import kz.tendik.shared.web.UserInputException;
import kz.tendik.shared.web.UserInputException.FieldProblem;

/**
 * The intake page's new-survivor form: one phone with its safety flags; numbers and dates typed as text. The profile
 * edit form ({@link ProfileForm}) is this with every contact channel.
 */
public class SurvivorForm {

    /** Profile (API) field names and the form fields that show their errors. */
    static final Map<String, String> RENAMES = Map.of("contacts.value", "phone", "contacts.kind", "phone",
            "contacts", "phone", "emergencyContact.name", "emergencyName",
            "emergencyContact.relationship", "emergencyRelationship", "emergencyContact.phone", "emergencyPhone");

    private String fullName;
    private String fullNameLatin;
    private String iin;
    private String dateOfBirth;
    private String age;
    private Sex sex;
    private MaritalStatus maritalStatus;
    private DisplacementStatus displacementStatus;
    private List<String> languages = new ArrayList<>();
    private Boolean hasDisability;
    private String disability;
    private String citizenship;
    private String childrenInHousehold;
    private String phone;
    private boolean safeToCall;
    private boolean safeToText;
    private boolean safeToVisit;
    private String safeAddress;
    private String emergencyName;
    private String emergencyRelationship;
    private String emergencyPhone;
    private FamilyCategory familyCategory;
    private List<Long> reviewedDuplicates = new ArrayList<>();

    /** The profile; text that is not a date or a number is refused with every other mistake. */
    SurvivorProfile toProfile(List<FieldProblem> problems) {
        LocalDate born = date("dateOfBirth", dateOfBirth, problems);
        Integer years = number("age", age, problems);
        Integer children = number("childrenInHousehold", childrenInHousehold, problems);
        return new SurvivorProfile(fullName, fullNameLatin, iin, born, years, null, sex, maritalStatus,
                displacementStatus, languages, hasDisability, disability, citizenship, children, contacts(), safeAddress,
                new EmergencyContact(emptyToNull(emergencyName), emptyToNull(emergencyRelationship),
                        emptyToNull(emergencyPhone)));
    }

    /** The contact channels: intake takes one phone with its safety flags. */
    List<ContactChannel> contacts() {
        return blank(phone) ? List.of()
                : List.of(new ContactChannel(ChannelKind.PHONE, phone, safeToCall, safeToText, safeToVisit));
    }

    /** Fills the profile's fields (not the channels) from a stored profile, for a change of it. */
    void fill(SurvivorProfile p) {
        fullName = p.fullName();
        fullNameLatin = p.fullNameLatin();
        iin = p.iin();
        dateOfBirth = p.dateOfBirth() == null ? null : p.dateOfBirth().toString();
        age = p.age() == null ? null : p.age().toString();
        sex = p.sex();
        maritalStatus = p.maritalStatus();
        displacementStatus = p.displacementStatus();
        languages = new ArrayList<>(p.languages());
        hasDisability = p.hasDisability();
        disability = p.disability();
        citizenship = p.citizenship();
        childrenInHousehold = p.childrenInHousehold() == null ? null : p.childrenInHousehold().toString();
        safeAddress = p.safeAddress();
        EmergencyContact emergency = p.emergencyContact();
        emergencyName = emergency == null ? null : emergency.name();
        emergencyRelationship = emergency == null ? null : emergency.relationship();
        emergencyPhone = emergency == null ? null : emergency.phone();
    }

    static UserInputException combined(List<FieldProblem> parsing, List<FieldProblem> rules) {
        List<FieldProblem> all = new ArrayList<>(parsing);
        rules.stream().filter(r -> parsing.stream().noneMatch(p -> p.field().equals(r.field()))).forEach(all::add);
        return new UserInputException(all);
    }

    private static LocalDate date(String field, String text, List<FieldProblem> problems) {
        if (blank(text)) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem(field, "validation.invalidValue"));
            return null;
        }
    }

    private static Integer number(String field, String text, List<FieldProblem> problems) {
        if (blank(text)) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            problems.add(new FieldProblem(field, "validation.invalidValue"));
            return null;
        }
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String emptyToNull(String s) {
        return blank(s) ? null : s;
    }

    public String getFullName() { return fullName; }
    public void setFullName(String v) { fullName = v; }
    public String getFullNameLatin() { return fullNameLatin; }
    public void setFullNameLatin(String v) { fullNameLatin = v; }
    public String getIin() { return iin; }
    public void setIin(String v) { iin = v; }
    public String getDateOfBirth() { return dateOfBirth; }
    public void setDateOfBirth(String v) { dateOfBirth = v; }
    public String getAge() { return age; }
    public void setAge(String v) { age = v; }
    public Sex getSex() { return sex; }
    public void setSex(Sex v) { sex = v; }
    public MaritalStatus getMaritalStatus() { return maritalStatus; }
    public void setMaritalStatus(MaritalStatus v) { maritalStatus = v; }
    public DisplacementStatus getDisplacementStatus() { return displacementStatus; }
    public void setDisplacementStatus(DisplacementStatus v) { displacementStatus = v; }
    public List<String> getLanguages() { return languages; }
    public void setLanguages(List<String> v) { languages = v == null ? new ArrayList<>() : v; }
    /** Yes, no, or {@code null} when not asked (the form's third choice sends an empty value). */
    public Boolean getHasDisability() { return hasDisability; }
    public void setHasDisability(Boolean v) { hasDisability = v; }
    public String getDisability() { return disability; }
    public void setDisability(String v) { disability = v; }
    public String getCitizenship() { return citizenship; }
    public void setCitizenship(String v) { citizenship = v; }
    public String getChildrenInHousehold() { return childrenInHousehold; }
    public void setChildrenInHousehold(String v) { childrenInHousehold = v; }
    public String getPhone() { return phone; }
    public void setPhone(String v) { phone = v; }
    public boolean isSafeToCall() { return safeToCall; }
    public void setSafeToCall(boolean v) { safeToCall = v; }
    public boolean isSafeToText() { return safeToText; }
    public void setSafeToText(boolean v) { safeToText = v; }
    public boolean isSafeToVisit() { return safeToVisit; }
    public void setSafeToVisit(boolean v) { safeToVisit = v; }
    public String getSafeAddress() { return safeAddress; }
    public void setSafeAddress(String v) { safeAddress = v; }
    public String getEmergencyName() { return emergencyName; }
    public void setEmergencyName(String v) { emergencyName = v; }
    public String getEmergencyRelationship() { return emergencyRelationship; }
    public void setEmergencyRelationship(String v) { emergencyRelationship = v; }
    public String getEmergencyPhone() { return emergencyPhone; }
    public void setEmergencyPhone(String v) { emergencyPhone = v; }
    public FamilyCategory getFamilyCategory() { return familyCategory; }
    public void setFamilyCategory(FamilyCategory v) { familyCategory = v; }
    /** The possible duplicates the user was shown and set aside ("none of these is her"). */
    public List<Long> getReviewedDuplicates() { return reviewedDuplicates; }
    public void setReviewedDuplicates(List<Long> v) { reviewedDuplicates = v == null ? new ArrayList<>() : v; }
}
