package kz.tendik.cases.web;

import kz.tendik.cases.casefile.ClosureReason;
import kz.tendik.cases.casefile.SurvivorWish;
import kz.tendik.cases.closure.Closures;

/** The closure section's forms, bound from request parameters; the version comes from a hidden field. */
final class ClosureForms {

    private ClosureForms() {
    }

    public static class RequestForm {
        private Integer version;
        private boolean safetyAddressed;
        private boolean servicesDoneOrDeclined;
        private SurvivorWish survivorWish;
        private ClosureReason reason;
        private String note;

        public Integer getVersion() { return version; }
        public void setVersion(Integer v) { version = v; }
        public boolean isSafetyAddressed() { return safetyAddressed; }
        public void setSafetyAddressed(boolean v) { safetyAddressed = v; }
        public boolean isServicesDoneOrDeclined() { return servicesDoneOrDeclined; }
        public void setServicesDoneOrDeclined(boolean v) { servicesDoneOrDeclined = v; }
        public SurvivorWish getSurvivorWish() { return survivorWish; }
        public void setSurvivorWish(SurvivorWish v) { survivorWish = v; }
        public ClosureReason getReason() { return reason; }
        public void setReason(ClosureReason v) { reason = v; }
        public String getNote() { return note; }
        public void setNote(String v) { note = v; }

        Closures.ClosureDraft toDraft() {
            return new Closures.ClosureDraft(version, safetyAddressed, servicesDoneOrDeclined, survivorWish, reason, note);
        }
    }

    /** Approve / return, reopen, legal hold: the version and, where the step needs one, a reason. */
    public static class StepForm {
        private Integer version;
        private String reason;

        public Integer getVersion() { return version; }
        public void setVersion(Integer v) { version = v; }
        public String getReason() { return reason; }
        public void setReason(String v) { reason = v; }

        Closures.Step toStep() {
            return new Closures.Step(version, reason);
        }
    }
}
