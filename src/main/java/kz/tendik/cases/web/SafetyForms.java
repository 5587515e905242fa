package kz.tendik.cases.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import kz.tendik.cases.safety.BreachDraft;
import kz.tendik.cases.safety.ProtectiveMeasureDraft;
import kz.tendik.cases.safety.RiskAssessmentDraft;
import kz.tendik.cases.safety.SafetyPlanContent;

/** The web forms of risk assessments, the safety plan and protective measures (fields named as in the API). */
final class SafetyForms {

    private SafetyForms() {
    }

    public static class RiskForm {
        private Map<String, String> answers = new LinkedHashMap<>();
        private String professionalLevel;
        private String professionalReason;

        RiskAssessmentDraft toDraft() {
            return new RiskAssessmentDraft(null, null, answers, professionalLevel, professionalReason);
        }

        public Map<String, String> getAnswers() { return answers; }
        public void setAnswers(Map<String, String> answers) { this.answers = answers; }
        public String getProfessionalLevel() { return professionalLevel; }
        public void setProfessionalLevel(String professionalLevel) { this.professionalLevel = professionalLevel; }
        public String getProfessionalReason() { return professionalReason; }
        public void setProfessionalReason(String professionalReason) { this.professionalReason = professionalReason; }
    }

    public static class PlanForm {
        private int version;
        private String safeContacts;
        private String safePlaces;
        private String codeWord;
        private String documentsReady;
        private String childrenPlan;
        private String safeChannels;

        static PlanForm of(SafetyPlanContent plan, int version) {
            PlanForm form = new PlanForm();
            form.version = version;
            form.safeContacts = plan.safeContacts();
            form.safePlaces = plan.safePlaces();
            form.codeWord = plan.codeWord();
            form.documentsReady = plan.documentsReady();
            form.childrenPlan = plan.childrenPlan();
            form.safeChannels = plan.safeChannels();
            return form;
        }

        SafetyPlanContent toContent() {
            return new SafetyPlanContent(version, safeContacts, safePlaces, codeWord, documentsReady, childrenPlan,
                    safeChannels);
        }

        public int getVersion() { return version; }
        public void setVersion(int version) { this.version = version; }
        public String getSafeContacts() { return safeContacts; }
        public void setSafeContacts(String safeContacts) { this.safeContacts = safeContacts; }
        public String getSafePlaces() { return safePlaces; }
        public void setSafePlaces(String safePlaces) { this.safePlaces = safePlaces; }
        public String getCodeWord() { return codeWord; }
        public void setCodeWord(String codeWord) { this.codeWord = codeWord; }
        public String getDocumentsReady() { return documentsReady; }
        public void setDocumentsReady(String documentsReady) { this.documentsReady = documentsReady; }
        public String getChildrenPlan() { return childrenPlan; }
        public void setChildrenPlan(String childrenPlan) { this.childrenPlan = childrenPlan; }
        public String getSafeChannels() { return safeChannels; }
        public void setSafeChannels(String safeChannels) { this.safeChannels = safeChannels; }
    }

    public static class MeasureForm {
        private String type;
        private String startsAt;
        private String endsAt;
        private List<String> conditions = new ArrayList<>();
        private Integer policeReportsPerMonth;

        ProtectiveMeasureDraft toDraft() {
            return new ProtectiveMeasureDraft(type, startsAt, endsAt, conditions, policeReportsPerMonth);
        }

        public String getType() { return type; }
        public void setType(String type) { this.type = type; }
        public String getStartsAt() { return startsAt; }
        public void setStartsAt(String startsAt) { this.startsAt = startsAt; }
        public String getEndsAt() { return endsAt; }
        public void setEndsAt(String endsAt) { this.endsAt = endsAt; }
        public List<String> getConditions() { return conditions; }
        public void setConditions(List<String> conditions) { this.conditions = conditions; }
        public Integer getPoliceReportsPerMonth() { return policeReportsPerMonth; }
        public void setPoliceReportsPerMonth(Integer policeReportsPerMonth) { this.policeReportsPerMonth = policeReportsPerMonth; }
    }

    public static class BreachForm {
        private String occurredOn;
        private String note;

        BreachDraft toDraft() {
            return new BreachDraft(occurredOn, note);
        }

        public String getOccurredOn() { return occurredOn; }
        public void setOccurredOn(String occurredOn) { this.occurredOn = occurredOn; }
        public String getNote() { return note; }
        public void setNote(String note) { this.note = note; }
    }
}
