package kz.tendik.cases.incidents;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import kz.tendik.cases.IncidentUpdated;
import kz.tendik.cases.file.CaseRow;
import kz.tendik.cases.file.CaseStore;
import kz.tendik.cases.registry.ProfileDependents;
import kz.tendik.cases.support.CasesAudit;
import kz.tendik.cases.survivor.ProfilePart;
import kz.tendik.cases.survivor.SurvivorProfile;
import kz.tendik.identity.CurrentUser;
import kz.tendik.shared.web.UserInputException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * A corrected date of birth, age or sex reaches the incidents recorded before it: each incident of her cases gets the
 * survivor's age group at its date, her sex and the case context (child sexual abuse and early marriage depend on
 * the age) derived again by the rules used when it was recorded. An incident whose facts change is stored with its
 * version moved on, audited as {@code incident.update} (purpose {@code survivor-edit}) and announced with
 * {@link IncidentUpdated}; the case's timeline says so within the profile change's event
 * ({@code INCIDENT_AGE_GROUP}, {@code INCIDENT_SURVIVOR_SEX}, {@code INCIDENT_CONTEXT}). A date of birth after one of
 * her incidents is refused naming the field.
 */
@Component
class IncidentRederivation implements ProfileDependents {

    /** The parts of a profile the incidents' facts are derived from. */
    static final Set<ProfilePart> PARTS = EnumSet.of(ProfilePart.BIRTH, ProfilePart.SEX);

    private final IncidentStore store;
    private final CaseStore cases;
    private final Incidents incidents;
    private final CasesAudit audit;
    private final ApplicationEventPublisher events;

    IncidentRederivation(IncidentStore store, CaseStore cases, Incidents incidents, CasesAudit audit,
                         ApplicationEventPublisher events) {
        this.store = store;
        this.cases = cases;
        this.incidents = incidents;
        this.audit = audit;
        this.events = events;
    }

    private record Change(CaseRow kase, long incidentId, IncidentInput input, Derived derived) {
    }

    @Override
    public Map<Long, List<String>> follow(CurrentUser user, long survivorId, List<Long> caseIds,
                                          Set<ProfilePart> changed, SurvivorProfile after, Instant now) {
        if (Collections.disjoint(changed, PARTS)) {
            return Map.of();
        }
        Map<Long, List<String>> codes = new LinkedHashMap<>();
        List<Change> changes = new ArrayList<>();
        for (long caseId : caseIds) {
            CaseRow kase = cases.find(caseId).orElseThrow();
            Set<String> what = new java.util.LinkedHashSet<>();
            for (IncidentView stored : store.lockedFactsOf(caseId)) {
                if (Derived.precedesBirth(after, stored.incidentDate())) {
                    throw new UserInputException(after.dateOfBirth() != null ? "dateOfBirth" : "age",
                            "cases.survivor.bornAfterIncident");
                }
                IncidentInput input = IncidentInput.of(stored);
                Derived derived = Derived.of(after, input);
                List<String> differences = differences(stored, derived);
                if (!differences.isEmpty()) {
                    what.addAll(differences);
                    changes.add(new Change(kase, stored.id(), input, derived));
                }
            }
            if (!what.isEmpty()) {
                codes.put(caseId, List.copyOf(what));
            }
        }
        for (Change c : changes) {
            store.rederive(c.incidentId(), c.derived(), user.id(), now);
            audit.success(user, "incident.update", "incident", c.incidentId(), "survivor-edit");
            events.publishEvent(new IncidentUpdated(incidents.figures(c.incidentId(), c.kase(), c.input(),
                    c.derived(), after)));
        }
        return codes;
    }

    /** What the new derivation changes, as timeline codes in a fixed order. */
    static List<String> differences(IncidentView stored, Derived derived) {
        List<String> codes = new ArrayList<>();
        if (stored.survivorAgeGroup() != derived.survivorAgeGroup()) {
            codes.add("INCIDENT_AGE_GROUP");
        }
        if (stored.survivorSex() != derived.survivorSex()) {
            codes.add("INCIDENT_SURVIVOR_SEX");
        }
        if (!stored.contextFlags().equals(derived.flags())) {
            codes.add("INCIDENT_CONTEXT");
        }
        return codes;
    }
}
