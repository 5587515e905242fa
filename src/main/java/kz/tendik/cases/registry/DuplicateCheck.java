package kz.tendik.cases.registry;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import kz.tendik.cases.access.CaseAccess;
import kz.tendik.cases.survivor.SurvivorProfile;
import kz.tendik.identity.CurrentUser;
import kz.tendik.shared.crypto.IndexKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The duplicate check of registration: survivors in the centre's scope who share a blind index with the new profile
 * (the IIN, any of its phones, the name as written or as its Latin skeleton). Registration goes on only when each of
 * them was shown to the user and set aside: the request names them as reviewed.
 */
@Component
class DuplicateCheck {

    /** At most this many ids are named in the audit entry of a registration that set possible duplicates aside. */
    private static final int IDS_IN_AUDIT = 20;

    private final SurvivorStore store;
    private final CaseAccess access;
    private final JdbcClient jdbc;

    DuplicateCheck(SurvivorStore store, CaseAccess access, JdbcClient jdbc) {
        this.store = store;
        this.access = access;
        this.jdbc = jdbc;
    }

    /** Survivors in the centre's scope matching the profile's IIN, phones or name, by blind index; none decrypted. */
    List<PossibleDuplicate> of(CurrentUser user, long centre, SurvivorProfile profile) {
        Map<Long, Set<IndexKind>> found = store.matching(centre, store.wanted(profile));
        return found.entrySet().stream()
                .map(e -> new PossibleDuplicate(e.getKey(), e.getValue(), casesOf(user, e.getKey()))).toList();
    }

    /** Whether every possible duplicate is among the reviewed ids (the registration may go on). */
    static boolean allReviewed(List<PossibleDuplicate> duplicates, Collection<Long> reviewed) {
        return duplicates.stream().allMatch(d -> reviewed.contains(d.survivorId()));
    }

    /** The audit purpose of a registration that set these aside: {@code reviewed:12,57} (ids only). */
    static String auditPurpose(List<PossibleDuplicate> duplicates) {
        return "reviewed:" + ids(duplicates);
    }

    /**
     * The audit purpose of a registration these stopped: how many and which, {@code candidates:2;ids:12,57} (ids
     * only, never what matched).
     */
    static String stoppedPurpose(List<PossibleDuplicate> duplicates) {
        return "candidates:" + duplicates.size() + ";ids:" + ids(duplicates);
    }

    private static String ids(List<PossibleDuplicate> duplicates) {
        String ids = duplicates.stream().limit(IDS_IN_AUDIT).map(d -> String.valueOf(d.survivorId()))
                .collect(Collectors.joining(","));
        int more = duplicates.size() - IDS_IN_AUDIT;
        return ids + (more > 0 ? ",+" + more : "");
    }

    /** The survivor's cases, newest first, each with whether the user may open it. */
    List<SurvivorMatch.CaseRef> casesOf(CurrentUser user, long survivorId) {
        return jdbc.sql("SELECT id, case_number FROM case_file WHERE survivor_id = ? ORDER BY opened_at DESC")
                .param(survivorId).query((rs, n) -> new SurvivorMatch.CaseRef(rs.getLong(1), rs.getString(2),
                        access.reaches(user, rs.getLong(1)))).list();
    }
}
