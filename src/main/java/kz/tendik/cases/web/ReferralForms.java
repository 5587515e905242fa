package kz.tendik.cases.web;

import kz.tendik.cases.referral.ReferralDraft;
import kz.tendik.cases.referral.ServiceDraft;
import kz.tendik.cases.referral.StatusChange;
import kz.tendik.cases.referral.Transfers;
import kz.tendik.directory.ProviderKind;

/** The forms of the case page's referral, service and transfer sections, bound from request parameters. */
final class ReferralForms {

    private ReferralForms() {
    }

    /** A new referral: the kind and region only filter the provider chooser. */
    public static class ReferralForm {
        private ProviderKind kind;
        private String region;
        private Long providerId;
        private boolean shareFullName;
        private String overrideReason;
        private String overrideNote;

        ReferralDraft toDraft() {
            return new ReferralDraft(providerId, shareFullName, overrideReason, overrideNote);
        }

        public ProviderKind getKind() { return kind; }
        public void setKind(ProviderKind v) { kind = v; }
        public String getRegion() { return region; }
        public void setRegion(String v) { region = v; }
        public Long getProviderId() { return providerId; }
        public void setProviderId(Long v) { providerId = v; }
        public boolean isShareFullName() { return shareFullName; }
        public void setShareFullName(boolean v) { shareFullName = v; }
        public String getOverrideReason() { return overrideReason; }
        public void setOverrideReason(String v) { overrideReason = v; }
        public String getOverrideNote() { return overrideNote; }
        public void setOverrideNote(String v) { overrideNote = v; }
    }

    /** A status change of a referral, with the provider's answer when it is one. */
    public static class StatusForm {
        private String status;
        private Integer version;
        private String answeredOn;
        private String answeredBy;
        private String note;

        StatusChange toChange() {
            return new StatusChange(status, version, answeredOn, answeredBy, note);
        }

        public String getStatus() { return status; }
        public void setStatus(String v) { status = v; }
        public Integer getVersion() { return version; }
        public void setVersion(Integer v) { version = v; }
        public String getAnsweredOn() { return answeredOn; }
        public void setAnsweredOn(String v) { answeredOn = v; }
        public String getAnsweredBy() { return answeredBy; }
        public void setAnsweredBy(String v) { answeredBy = v; }
        public String getNote() { return note; }
        public void setNote(String v) { note = v; }
    }

    /** A transfer: the receiving centre, the case's version read, and an override of consent (permission only). */
    public static class TransferForm {
        private Long centreId;
        private Integer version;
        private String overrideReason;
        private String overrideNote;

        Transfers.TransferDraft toDraft() {
            return new Transfers.TransferDraft(centreId, version, overrideReason, overrideNote);
        }

        public String getOverrideReason() { return overrideReason; }
        public void setOverrideReason(String v) { overrideReason = v; }
        public String getOverrideNote() { return overrideNote; }
        public void setOverrideNote(String v) { overrideNote = v; }

        public Long getCentreId() { return centreId; }
        public void setCentreId(Long v) { centreId = v; }
        public Integer getVersion() { return version; }
        public void setVersion(Integer v) { version = v; }
    }

    public static class ServiceForm {
        private String service;
        private String providedOn;
        private Long workerId;
        private Long providerId;
        private Long referralId;
        private Long plannedServiceId;
        private String note;

        ServiceDraft toDraft() {
            return new ServiceDraft(service, providedOn, workerId, providerId, referralId, plannedServiceId, note);
        }

        public String getService() { return service; }
        public void setService(String v) { service = v; }
        public String getProvidedOn() { return providedOn; }
        public void setProvidedOn(String v) { providedOn = v; }
        public Long getWorkerId() { return workerId; }
        public void setWorkerId(Long v) { workerId = v; }
        public Long getProviderId() { return providerId; }
        public void setProviderId(Long v) { providerId = v; }
        public Long getReferralId() { return referralId; }
        public void setReferralId(Long v) { referralId = v; }
        public Long getPlannedServiceId() { return plannedServiceId; }
        public void setPlannedServiceId(Long v) { plannedServiceId = v; }
        public String getNote() { return note; }
        public void setNote(String v) { note = v; }
    }
}
