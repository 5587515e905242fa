package kz.tendik.cases.registry;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import kz.tendik.cases.survivor.ProfilePart;
import kz.tendik.cases.survivor.SurvivorProfile;
import kz.tendik.identity.CurrentUser;

/**
 * What the module derives from a survivor's profile and keeps elsewhere (the age group, sex and case context stored
 * on her incidents), brought up to date by a change of the profile in the change's transaction. Declared where the
 * profile changes and implemented where the derived facts live, so the registry does not depend on them.
 */
public interface ProfileDependents {

    /**
     * Re-derives what depends on the {@code changed} parts from the profile as it is {@code after} the change, over
     * her {@code cases}. Returns, per case where something changed, codes saying what (for the case's timeline, never
     * a value). Refuses with a {@code UserInputException} naming the profile's field when the change contradicts a
     * record (an incident would precede her birth); the change is then not written.
     */
    Map<Long, List<String>> follow(CurrentUser user, long survivorId, List<Long> cases, Set<ProfilePart> changed,
                                   SurvivorProfile after, Instant now);
}
