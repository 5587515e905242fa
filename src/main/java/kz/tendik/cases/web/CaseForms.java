package kz.tendik.cases.web;

import kz.tendik.cases.casefile.ConsentPurpose;
import kz.tendik.cases.casefile.ReferralPurpose;

/** The small forms of the case page, bound from request parameters (dates as ISO text). */
final class CaseForms {

    private CaseForms() {
    }

    public static class NoteForm {
        private String text;

        public String getText() { return text; }
        public void setText(String v) { text = v; }
    }

    public static class ConsentForm {
        private ConsentPurpose purpose;
        private ReferralPurpose referralTo;
        private Boolean given;
        private String date;

        public ConsentPurpose getPurpose() { return purpose; }
        public void setPurpose(ConsentPurpose v) { purpose = v; }
        public ReferralPurpose getReferralTo() { return referralTo; }
        public void setReferralTo(ReferralPurpose v) { referralTo = v; }
        public Boolean getGiven() { return given; }
        public void setGiven(Boolean v) { given = v; }
        public String getDate() { return date; }
        public void setDate(String v) { date = v; }
    }

    public static class FollowUpForm {
        private String title;
        private String dueOn;

        public String getTitle() { return title; }
        public void setTitle(String v) { title = v; }
        public String getDueOn() { return dueOn; }
        public void setDueOn(String v) { dueOn = v; }
    }

    public static class BreakGlassForm {
        private String caseNumber;
        private String reason;

        public String getCaseNumber() { return caseNumber; }
        public void setCaseNumber(String v) { caseNumber = v; }
        public String getReason() { return reason; }
        public void setReason(String v) { reason = v; }
    }

    /** An ISO date, or null when blank or not a date (the service then names the field). */
    static java.time.LocalDate date(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return java.time.LocalDate.parse(text.strip());
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }
}
