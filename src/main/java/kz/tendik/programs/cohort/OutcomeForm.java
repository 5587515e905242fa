package kz.tendik.programs.cohort;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

/** The outcome form of the web pages (one screen, choices as radio buttons and selects, for quick entry). */
public class OutcomeForm {

    private Long enrolmentId;
    private String followUp;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate recordedOn;
    private Boolean businessStarted;
    private String bin;
    private String revenueBand;
    private Integer jobsCreated;
    private String employment;
    private String incomeChange;
    private String fundingSource;
    private String fundingBand;
    private Integer version;

    static OutcomeForm of(Outcome o) {
        OutcomeForm f = new OutcomeForm();
        f.enrolmentId = o.enrolmentId();
        f.followUp = o.followUp().name();
        f.recordedOn = o.recordedOn();
        f.businessStarted = o.businessStarted();
        f.revenueBand = o.revenueBand() == null ? null : o.revenueBand().name();
        f.jobsCreated = o.jobsCreated();
        f.employment = o.employment().name();
        f.incomeChange = o.incomeChange().name();
        f.fundingSource = o.fundingSource().name();
        f.fundingBand = o.fundingBand() == null ? null : o.fundingBand().name();
        f.version = o.version();
        return f;
    }

    OutcomeDraft toDraft() {
        return new OutcomeDraft(enrolmentId, followUp, recordedOn, businessStarted, bin, revenueBand, jobsCreated,
                employment, incomeChange, fundingSource, fundingBand, version);
    }

    public Long getEnrolmentId() { return enrolmentId; }
    public void setEnrolmentId(Long enrolmentId) { this.enrolmentId = enrolmentId; }
    public String getFollowUp() { return followUp; }
    public void setFollowUp(String followUp) { this.followUp = followUp; }
    public LocalDate getRecordedOn() { return recordedOn; }
    public void setRecordedOn(LocalDate recordedOn) { this.recordedOn = recordedOn; }
    public Boolean getBusinessStarted() { return businessStarted; }
    public void setBusinessStarted(Boolean businessStarted) { this.businessStarted = businessStarted; }
    public String getBin() { return bin; }
    public void setBin(String bin) { this.bin = bin; }
    public String getRevenueBand() { return revenueBand; }
    public void setRevenueBand(String revenueBand) { this.revenueBand = revenueBand; }
    public Integer getJobsCreated() { return jobsCreated; }
    public void setJobsCreated(Integer jobsCreated) { this.jobsCreated = jobsCreated; }
    public String getEmployment() { return employment; }
    public void setEmployment(String employment) { this.employment = employment; }
    public String getIncomeChange() { return incomeChange; }
    public void setIncomeChange(String incomeChange) { this.incomeChange = incomeChange; }
    public String getFundingSource() { return fundingSource; }
    public void setFundingSource(String fundingSource) { this.fundingSource = fundingSource; }
    public String getFundingBand() { return fundingBand; }
    public void setFundingBand(String fundingBand) { this.fundingBand = fundingBand; }
    public Integer getVersion() { return version; }
    public void setVersion(Integer version) { this.version = version; }
}
