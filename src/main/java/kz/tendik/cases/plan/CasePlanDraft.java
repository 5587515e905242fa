package kz.tendik.cases.plan;

import java.util.List;

/**
 * The case plan as sent by a form or the API; codes and ISO dates as text, so that every mistake is named with its
 * field. {@code version} is the version read (0 when there is no plan yet).
 *
 * @param goals          the survivor's needs and goals, as agreed with her
 * @param plannedOn      the day the plan was made with her (not in the future)
 * @param nextReviewOn   when the plan is to be reviewed (not before {@code plannedOn})
 * @param survivorAgreed whether she agreed to the plan; then {@code agreedOn} is required
 * @param services       the planned services
 */
public record CasePlanDraft(Integer version, String goals, String plannedOn, String nextReviewOn,
                            Boolean survivorAgreed, String agreedOn, List<Item> services) {

    /**
     * A planned service: a {@link kz.tendik.cases.casefile.ReferralPurpose} code, a {@link ProvidedBy} code, a day;
     * {@code id} is the planned service's id when it is one the plan already has (it keeps the services delivered for
     * it), none for a new one.
     */
    public record Item(String purpose, String providedBy, String targetOn, Long id) {

        public Item(String purpose, String providedBy, String targetOn) {
            this(purpose, providedBy, targetOn, null);
        }
    }
}
