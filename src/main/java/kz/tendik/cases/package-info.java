/**
 * Cases: survivor-centred case management for family support centres — survivors, cases, incidents classified by
 * GBVIMS, risk assessments, safety plans, case plans, protective measures, referrals, follow-ups and closure.
 * The domain rules live in sub-packages: {@code survivor} (IIN), {@code incident} (GBVIMS classification and
 * the incident's derived facts), {@code risk} (versioned risk instruments and scoring), {@code measure}
 * (protective measures) and {@code casefile} (stage, family category, closure).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Cases")
package kz.tendik.cases;
