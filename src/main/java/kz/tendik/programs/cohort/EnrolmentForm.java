package kz.tendik.programs.cohort;

/** The enrolment form on a cohort's page: a new participant. */
public class EnrolmentForm {

    private String name;
    private String contact;
    private Integer birthYear;
    private String sex;
    private String regionCode;
    private String referralReference;
    private boolean consent;

    EnrolmentDraft toDraft() {
        return new EnrolmentDraft(null, name, contact, birthYear, sex, regionCode, referralReference, consent);
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getContact() { return contact; }
    public void setContact(String contact) { this.contact = contact; }
    public Integer getBirthYear() { return birthYear; }
    public void setBirthYear(Integer birthYear) { this.birthYear = birthYear; }
    public String getSex() { return sex; }
    public void setSex(String sex) { this.sex = sex; }
    public String getRegionCode() { return regionCode; }
    public void setRegionCode(String regionCode) { this.regionCode = regionCode; }
    public String getReferralReference() { return referralReference; }
    public void setReferralReference(String referralReference) { this.referralReference = referralReference; }
    public boolean isConsent() { return consent; }
    public void setConsent(boolean consent) { this.consent = consent; }
}
