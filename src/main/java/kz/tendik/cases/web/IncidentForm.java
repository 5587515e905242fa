package kz.tendik.cases.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import kz.tendik.cases.incident.GbvClassification;
import kz.tendik.cases.incident.GbvType;
import kz.tendik.cases.incidents.IncidentDraft;
import kz.tendik.cases.incidents.IncidentView;

/** The incident form of the page: text fields bound from request parameters, turned into a draft for the service. */
public class IncidentForm {

    private Integer version;
    private String incidentDate;
    private String reportDate;
    private String timeOfDay;
    private String regionCode;
    private String district;
    private String locationType;
    private Map<String, String> answers = new LinkedHashMap<>();
    private String harmfulPractice;
    private Boolean moneyOrGoodsExchanged;
    private String abduction;
    private String reportedElsewhere;
    private String priorGbv;
    private String referredFrom;
    private String wantsLegalAction;
    private String narrative;
    private Integer primary;
    private List<PerpetratorForm> perpetrators = new ArrayList<>();

    public static class PerpetratorForm {
        private String relationship;
        private String sex;
        private String ageGroup;
        private String occupation;
        private String priorViolence;
        private String name;
        private String notes;

        boolean isBlank() {
            return blank(relationship) && blank(sex) && blank(ageGroup) && blank(occupation) && blank(priorViolence)
                    && blank(name) && blank(notes);
        }

        public String getRelationship() { return relationship; }
        public void setRelationship(String v) { relationship = v; }
        public String getSex() { return sex; }
        public void setSex(String v) { sex = v; }
        public String getAgeGroup() { return ageGroup; }
        public void setAgeGroup(String v) { ageGroup = v; }
        public String getOccupation() { return occupation; }
        public void setOccupation(String v) { occupation = v; }
        public String getPriorViolence() { return priorViolence; }
        public void setPriorViolence(String v) { priorViolence = v; }
        public String getName() { return name; }
        public void setName(String v) { name = v; }
        public String getNotes() { return notes; }
        public void setNotes(String v) { notes = v; }
    }

    /** A new form: one empty perpetrator, who is the primary one. */
    static IncidentForm empty(String regionCode) {
        IncidentForm form = new IncidentForm();
        form.regionCode = regionCode;
        form.primary = 0;
        form.perpetrators.add(new PerpetratorForm());
        return form;
    }

    /** The form of a stored incident. */
    static IncidentForm of(IncidentView v) {
        IncidentForm form = new IncidentForm();
        form.version = v.version();
        form.incidentDate = v.incidentDate().toString();
        form.reportDate = v.reportDate().toString();
        form.timeOfDay = v.timeOfDay().name();
        form.regionCode = v.regionCode();
        form.district = v.district();
        form.locationType = v.locationType().name();
        v.answers().forEach((type, answer) -> form.answers.put(type.name(), answer.toString()));
        form.harmfulPractice = v.harmfulPractice().name();
        form.moneyOrGoodsExchanged = v.moneyOrGoodsExchanged();
        form.abduction = v.abduction().name();
        form.reportedElsewhere = v.reportedElsewhere().name();
        form.priorGbv = v.priorGbv() == null ? null : v.priorGbv().toString();
        form.referredFrom = v.referredFrom() == null ? null : v.referredFrom().name();
        form.wantsLegalAction = v.wantsLegalAction() == null ? null : v.wantsLegalAction().name();
        form.narrative = v.narrative();
        for (int i = 0; i < v.perpetrators().size(); i++) {
            IncidentView.PerpetratorView p = v.perpetrators().get(i);
            PerpetratorForm f = new PerpetratorForm();
            f.relationship = p.relationship().name();
            f.sex = p.sex() == null ? null : p.sex().name();
            f.ageGroup = p.ageGroup().name();
            f.occupation = p.occupation().name();
            f.priorViolence = p.priorViolence() == null ? null : p.priorViolence().toString();
            f.name = p.name();
            f.notes = p.notes();
            form.perpetrators.add(f);
            if (p.primary()) {
                form.primary = i;
            }
        }
        return form;
    }

    /** The draft for the service; trailing empty perpetrator rows (an "add another" left blank) are left out. */
    IncidentDraft toDraft() {
        List<PerpetratorForm> rows = new ArrayList<>(perpetrators);
        while (rows.size() > 1 && (rows.get(rows.size() - 1) == null || rows.get(rows.size() - 1).isBlank())) {
            rows.remove(rows.size() - 1);
        }
        List<IncidentDraft.PerpetratorDraft> drafts = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            PerpetratorForm p = rows.get(i) == null ? new PerpetratorForm() : rows.get(i);
            drafts.add(new IncidentDraft.PerpetratorDraft(primary == null ? null : primary == i, p.relationship, p.sex,
                    p.ageGroup, p.occupation, bool(p.priorViolence), p.name, p.notes));
        }
        return new IncidentDraft(version, incidentDate, reportDate, timeOfDay, regionCode, district, locationType,
                answerMap(), harmfulPractice, moneyOrGoodsExchanged, abduction, reportedElsewhere, bool(priorGbv),
                referredFrom, wantsLegalAction, narrative, drafts);
    }

    /** The answers to the six questions (only those; the page asks nothing else). */
    Map<String, Boolean> answerMap() {
        Map<String, Boolean> map = new LinkedHashMap<>();
        GbvClassification.QUESTIONS.forEach(q -> map.put(q.name(), bool(answers.get(q.name()))));
        return map;
    }

    /** The questions to show: in order, up to the first "yes" or the first one not yet answered. */
    List<GbvType> visibleQuestions() {
        List<GbvType> visible = new ArrayList<>();
        for (GbvType question : GbvClassification.QUESTIONS) {
            visible.add(question);
            Boolean answer = bool(answers.get(question.name()));
            if (answer == null || answer) {
                break;
            }
        }
        return visible;
    }

    void addPerpetrator() {
        perpetrators.add(new PerpetratorForm());
    }

    private static Boolean bool(String text) {
        return "true".equals(text) ? Boolean.TRUE : "false".equals(text) ? Boolean.FALSE : null;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    public Integer getVersion() { return version; }
    public void setVersion(Integer v) { version = v; }
    public String getIncidentDate() { return incidentDate; }
    public void setIncidentDate(String v) { incidentDate = v; }
    public String getReportDate() { return reportDate; }
    public void setReportDate(String v) { reportDate = v; }
    public String getTimeOfDay() { return timeOfDay; }
    public void setTimeOfDay(String v) { timeOfDay = v; }
    public String getRegionCode() { return regionCode; }
    public void setRegionCode(String v) { regionCode = v; }
    public String getDistrict() { return district; }
    public void setDistrict(String v) { district = v; }
    public String getLocationType() { return locationType; }
    public void setLocationType(String v) { locationType = v; }
    public Map<String, String> getAnswers() { return answers; }
    public void setAnswers(Map<String, String> v) { answers = v; }
    public String getHarmfulPractice() { return harmfulPractice; }
    public void setHarmfulPractice(String v) { harmfulPractice = v; }
    public Boolean getMoneyOrGoodsExchanged() { return moneyOrGoodsExchanged; }
    public void setMoneyOrGoodsExchanged(Boolean v) { moneyOrGoodsExchanged = v; }
    public String getAbduction() { return abduction; }
    public void setAbduction(String v) { abduction = v; }
    public String getReportedElsewhere() { return reportedElsewhere; }
    public void setReportedElsewhere(String v) { reportedElsewhere = v; }
    public String getPriorGbv() { return priorGbv; }
    public void setPriorGbv(String v) { priorGbv = v; }
    public String getReferredFrom() { return referredFrom; }
    public void setReferredFrom(String v) { referredFrom = v; }
    public String getWantsLegalAction() { return wantsLegalAction; }
    public void setWantsLegalAction(String v) { wantsLegalAction = v; }
    public String getNarrative() { return narrative; }
    public void setNarrative(String v) { narrative = v; }
    public Integer getPrimary() { return primary; }
    public void setPrimary(Integer v) { primary = v; }
    public List<PerpetratorForm> getPerpetrators() { return perpetrators; }
    public void setPerpetrators(List<PerpetratorForm> v) { perpetrators = v; }
}
