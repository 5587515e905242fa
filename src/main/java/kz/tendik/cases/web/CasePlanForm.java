package kz.tendik.cases.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import kz.tendik.cases.plan.CasePlanDraft;
import kz.tendik.cases.plan.CasePlanView;
import kz.tendik.cases.plan.PlannedService;

/**
 * The help plan page's form: the plan's fields and one row per planned service, with a few empty rows to add more
 * (rows left empty are not sent, so emptying a row removes the service; a mistake in a row is named on that row). A
 * row of a planned service the plan has carries its id, so the services delivered for it keep naming it.
 */
public class CasePlanForm {

    static final int EMPTY_ROWS = 3;

    private int version;
    private String goals;
    private String plannedOn;
    private String nextReviewOn;
    private boolean survivorAgreed;
    private String agreedOn;
    private List<Row> services = new ArrayList<>();

    static CasePlanForm of(CasePlanView plan, LocalDate today) {
        CasePlanForm form = new CasePlanForm();
        form.version = plan.version();
        form.goals = plan.goals();
        form.plannedOn = text(plan.exists() ? plan.plannedOn() : today);
        form.nextReviewOn = text(plan.nextReviewOn());
        form.survivorAgreed = plan.survivorAgreed();
        form.agreedOn = text(plan.agreedOn());
        for (PlannedService s : plan.services()) {
            form.services.add(new Row(s.id(), s.purpose().name(), s.providedBy().name(), text(s.targetOn())));
        }
        form.padRows();
        return form;
    }

    /** Adds the empty rows again after a refused save (the rows sent stay where they were). */
    void padRows() {
        long filled = services.stream().filter(r -> !r.blank()).count();
        while (services.size() < filled + EMPTY_ROWS) {
            services.add(new Row());
        }
    }

    /** The rows that are not empty, as sent, with their row numbers on the form. */
    List<Integer> sentRows() {
        List<Integer> sent = new ArrayList<>();
        for (int i = 0; i < services.size(); i++) {
            if (!services.get(i).blank()) {
                sent.add(i);
            }
        }
        return sent;
    }

    CasePlanDraft toDraft() {
        List<CasePlanDraft.Item> items = sentRows().stream().map(services::get)
                .map(r -> new CasePlanDraft.Item(r.purpose, r.providedBy, r.targetOn, r.id)).toList();
        return new CasePlanDraft(version, goals, plannedOn, nextReviewOn, survivorAgreed,
                survivorAgreed ? agreedOn : null, items);
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }

    public int getVersion() { return version; }
    public void setVersion(int version) { this.version = version; }
    public String getGoals() { return goals; }
    public void setGoals(String goals) { this.goals = goals; }
    public String getPlannedOn() { return plannedOn; }
    public void setPlannedOn(String plannedOn) { this.plannedOn = plannedOn; }
    public String getNextReviewOn() { return nextReviewOn; }
    public void setNextReviewOn(String nextReviewOn) { this.nextReviewOn = nextReviewOn; }
    public boolean isSurvivorAgreed() { return survivorAgreed; }
    public void setSurvivorAgreed(boolean survivorAgreed) { this.survivorAgreed = survivorAgreed; }
    public String getAgreedOn() { return agreedOn; }
    public void setAgreedOn(String agreedOn) { this.agreedOn = agreedOn; }
    public List<Row> getServices() { return services; }
    public void setServices(List<Row> services) { this.services = services; }

    /** One planned service row; {@code id} (hidden) is the planned service's when it is one the plan has. */
    public static class Row {
        private Long id;
        private String purpose;
        private String providedBy;
        private String targetOn;

        public Row() {
        }

        Row(Long id, String purpose, String providedBy, String targetOn) {
            this.id = id;
            this.purpose = purpose;
            this.providedBy = providedBy;
            this.targetOn = targetOn;
        }

        boolean blank() {
            return isBlank(purpose) && isBlank(providedBy) && isBlank(targetOn);
        }

        private static boolean isBlank(String s) {
            return s == null || s.isBlank();
        }

        public Long getId() { return id; }
        public void setId(Long id) { this.id = id; }
        public String getPurpose() { return purpose; }
        public void setPurpose(String purpose) { this.purpose = purpose; }
        public String getProvidedBy() { return providedBy; }
        public void setProvidedBy(String providedBy) { this.providedBy = providedBy; }
        public String getTargetOn() { return targetOn; }
        public void setTargetOn(String targetOn) { this.targetOn = targetOn; }
    }

    /** The review button's form: the version of the plan shown. */
    public static class ReviewForm {
        private int version;

        public ReviewForm() {
        }

        ReviewForm(int version) {
            this.version = version;
        }

        public int getVersion() { return version; }
        public void setVersion(int version) { this.version = version; }
    }
}
