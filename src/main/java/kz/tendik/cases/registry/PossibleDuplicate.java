package kz.tendik.cases.registry;

import java.util.List;
import java.util.Set;

import kz.tendik.shared.crypto.IndexKind;

/**
 * A survivor in the caller's centre who may be the one being registered: what matched (IIN, a phone, the name) and
 * her cases (number, and whether the caller may open it). Ids and case numbers only, no part of a name.
 */
public record PossibleDuplicate(long survivorId, Set<IndexKind> matchedOn, List<SurvivorMatch.CaseRef> cases) {

    public PossibleDuplicate {
        matchedOn = Set.copyOf(matchedOn);
        cases = List.copyOf(cases);
    }
}
