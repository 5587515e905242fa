package kz.tendik.programs.cohort;

import java.time.LocalDate;

/**
 * What became of a participant at one follow-up point. {@code registered} says whether a business registration
 * number (BIN) was given; the number itself is never sent back, only its last four digits ({@code binEnding}).
 */
public record Outcome(long id, long enrolmentId, FollowUp followUp, LocalDate recordedOn, boolean businessStarted,
                      boolean registered, String binEnding, RevenueBand revenueBand, int jobsCreated,
                      Employment employment, IncomeChange incomeChange, FundingSource fundingSource,
                      FundingBand fundingBand, int version) {

    /** When outcomes are asked: at the end of the cohort and 3, 6 and 12 months after it ended. */
    public enum FollowUp {
        END(0), MONTH_3(3), MONTH_6(6), MONTH_12(12);

        private final int months;

        FollowUp(int months) {
            this.months = months;
        }

        /** The first day this follow-up may be recorded for a cohort that ends on {@code endsOn}. */
        public LocalDate dueOn(LocalDate endsOn) {
            return endsOn.plusMonths(months);
        }
    }

    /** Yearly revenue of the business in tenge. */
    public enum RevenueBand { NONE, UP_TO_1M, FROM_1M_TO_5M, FROM_5M_TO_30M, OVER_30M }

    public enum Employment { EMPLOYED, SELF_EMPLOYED, UNEMPLOYED, STUDYING, NOT_IN_LABOUR_FORCE }

    /** The participant's income compared with before the programme. */
    public enum IncomeChange { HIGHER, SAME, LOWER, NOT_SAID }

    public enum FundingSource { NONE, BANK_LOAN, MICROCREDIT, STATE_GRANT, DONOR_GRANT, FAMILY, OTHER }

    /** The amount of loans or grants received, in tenge. */
    public enum FundingBand { UP_TO_500K, FROM_500K_TO_2M, FROM_2M_TO_5M, OVER_5M }
}
