package kz.tendik.programs.cohort;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import kz.tendik.identity.AccessPolicy;
import kz.tendik.identity.Action;
import kz.tendik.identity.CurrentUser;
import kz.tendik.identity.OrgUnit;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What a cohort's page shows: the cohort and its programme, participants with the completion rule's verdict, their
 * mentors and valid certificates, and whether the user may change and close the cohort.
 */
@Component
class CohortOverview {

    private final Cohorts cohorts;
    private final Programmes programmes;
    private final Enrolments enrolments;
    private final Completions completions;
    private final Mentoring mentoring;
    private final Certificates certificates;
    private final AccessPolicy policy;

    CohortOverview(Cohorts cohorts, Programmes programmes, Enrolments enrolments, Completions completions,
                   Mentoring mentoring, Certificates certificates, AccessPolicy policy) {
        this.cohorts = cohorts;
        this.programmes = programmes;
        this.enrolments = enrolments;
        this.completions = completions;
        this.mentoring = mentoring;
        this.certificates = certificates;
        this.policy = policy;
    }

    /** Adds the cohort (and everything above) to the model; 404 when the user does not run it. */
    Cohort addTo(Model model, long cohortId, CurrentUser user) {
        Cohort cohort = cohorts.get(cohortId, user);
        model.addAttribute("cohort", cohort);
        model.addAttribute("programme", programmes.find(cohort.programmeId()).orElseThrow());
        model.addAttribute("rule", completions.rule(cohort.programmeId()));
        model.addAttribute("enrolments", enrolments.list(cohortId, user));
        model.addAttribute("completion", completions.evaluate(cohortId, user));
        model.addAttribute("mentors", mentoring.ofCohort(cohortId, user));
        Map<Long, Certificate> valid = certificates.list(cohortId, user).stream().filter(c -> !c.revoked())
                .collect(Collectors.toMap(Certificate::enrolmentId, Function.identity(), (a, b) -> b));
        model.addAttribute("certificates", valid);
        model.addAttribute("canManage", policy.permits(user, Action.COHORT_MANAGE, OrgUnit.region(cohort.regionCode())));
        return cohort;
    }
}
