package kz.tendik.cases.registry;

import java.util.List;
import java.util.Set;

import kz.tendik.shared.crypto.IndexKind;

/**
 * A survivor found by a search or the duplicate check, shown by initials and birth year only, with what matched
 * and their cases (number, and whether the searching user may open it).
 */
public record SurvivorMatch(long survivorId, String initials, Integer birthYear, Set<IndexKind> matchedOn,
                            List<CaseRef> cases) {

    public record CaseRef(long id, String caseNumber, boolean reachable) {
    }
}
