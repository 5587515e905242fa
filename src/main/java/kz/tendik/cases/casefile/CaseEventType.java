package kz.tendik.cases.casefile;

/** What the timeline of a case records; each event has a time, an actor and the id of the row it concerns. */
public enum CaseEventType {
    CASE_OPENED, CASE_UPDATED, CATEGORY_CHANGED, HELP_PLAN_RESTART_NEEDED, CASEWORKERS_CHANGED, CONSENT_RECORDED,
    NOTE_ADDED, FOLLOW_UP_ADDED, FOLLOW_UP_DONE, BREAK_GLASS_OPENED, INCIDENT_RECORDED, INCIDENT_UPDATED,
    RISK_ASSESSED, SAFETY_PLAN_UPDATED, MEASURE_RECORDED, MEASURE_BREACH_RECORDED, SAFETY_TASK_CREATED;

    public String messageKey() {
        return "cases.event." + name();
    }
}
