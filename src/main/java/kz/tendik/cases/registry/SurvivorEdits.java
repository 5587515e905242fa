package kz.tendik.cases.registry;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import kz.tendik.cases.access.CaseAccess;
import kz.tendik.cases.casefile.CaseEventType;
import kz.tendik.cases.file.StaleVersionException;
import kz.tendik.cases.file.Timeline;
import kz.tendik.cases.support.CasesAudit;
import kz.tendik.cases.survivor.ProfilePart;
import kz.tendik.cases.survivor.SurvivorProfile;
import kz.tendik.identity.CurrentUser;
import kz.tendik.shared.web.NotFoundException;
import kz.tendik.shared.web.UserInputException;
import kz.tendik.shared.web.UserInputException.FieldProblem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes a survivor's profile with the version read: validated like a registration (400 naming every invalid field,
 * nothing written), a stale version refused with 409 (nothing overwritten), re-encrypted with fresh blind indexes.
 * Each of her cases' timelines records which parts changed ({@code SURVIVOR_UPDATED} with codes such as
 * {@code CONTACTS}, never a value), and the audit log {@code survivor.update} with the same codes. What is derived
 * from the profile elsewhere follows in the same transaction ({@link ProfileDependents}: a corrected date of birth
 * regroups her earlier incidents), and the timeline's event names that too.
 */
@Service
public class SurvivorEdits {

    private final SurvivorStore store;
    private final SurvivorRegistry registry;
    private final CaseAccess access;
    private final CasesAudit audit;
    private final Timeline timeline;
    private final ProfileDependents dependents;
    private final Clock clock;

    SurvivorEdits(SurvivorStore store, SurvivorRegistry registry, CaseAccess access, CasesAudit audit,
                  Timeline timeline, ProfileDependents dependents, Clock clock) {
        this.store = store;
        this.registry = registry;
        this.access = access;
        this.audit = audit;
        this.timeline = timeline;
        this.dependents = dependents;
        this.clock = clock;
    }

    /** The profile as it is after the change (unchanged, and nothing written, when no part of it differs). */
    @Transactional
    public SurvivorStore.Stored update(CurrentUser user, long survivorId, Integer version, SurvivorProfile profile) {
        List<Long> cases = access.writeSurvivor(user, survivorId, "survivor.update");
        List<FieldProblem> problems = new ArrayList<>();
        if (version == null) {
            problems.add(new FieldProblem("version", "validation.required"));
        }
        problems.addAll(registry.problems(profile));
        if (!problems.isEmpty()) {
            throw new UserInputException(problems);
        }
        int current = store.lockVersion(survivorId).orElseThrow(NotFoundException::new);
        if (version != current) {
            throw StaleVersionException.ofProfile(current);
        }
        SurvivorStore.Stored stored = store.find(survivorId).orElseThrow(NotFoundException::new);
        SurvivorProfile before = stored.profile();
        // an age left as it was keeps the day it was recorded on, so it goes on counting from then
        boolean sameAge = profile.age() != null && profile.age().equals(before.age()) && before.ageRecordedOn() != null;
        SurvivorProfile after = SurvivorRegistry.normalised(profile,
                sameAge ? before.ageRecordedOn() : registry.today());
        Set<ProfilePart> changed = ProfilePart.changed(before, after);
        if (changed.isEmpty()) {
            return stored;
        }
        Instant now = clock.instant();
        store.update(survivorId, after, now);
        Map<Long, List<String>> followed = dependents.follow(user, survivorId, cases, changed, after, now);
        List<String> parts = changed.stream().map(Enum::name).toList();
        for (long caseId : cases) {
            List<String> details = new ArrayList<>(parts);
            details.addAll(followed.getOrDefault(caseId, List.of()));
            timeline.record(caseId, CaseEventType.SURVIVOR_UPDATED, now, user.id(), survivorId, details);
        }
        audit.success(user, "survivor.update", "survivor", survivorId, "parts:" + String.join(",", parts));
        return new SurvivorStore.Stored(stored.id(), stored.centreId(), stored.createdBy(), stored.createdAt(),
                current + 1, after);
    }
}
