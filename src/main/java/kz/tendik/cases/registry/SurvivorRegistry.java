package kz.tendik.cases.registry;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import kz.tendik.cases.access.CaseAccess;
import kz.tendik.cases.support.CasesAudit;
import kz.tendik.cases.support.Idempotency;
import kz.tendik.cases.survivor.SurvivorProfile;
import kz.tendik.cases.survivor.SurvivorValidation;
import kz.tendik.identity.Action;
import kz.tendik.identity.CurrentUser;
import kz.tendik.shared.crypto.IndexKind;
import kz.tendik.shared.web.UserInputException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The survivor registry: register (validated, encrypted, indexed, audited), read (access-checked, audited), exact
 * search by blind index and partial name search within the caller's centre, and the duplicate check of intake.
 */
@Service
public class SurvivorRegistry {

    private final SurvivorStore store;
    private final CaseAccess access;
    private final CasesAudit audit;
    private final Idempotency idempotency;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final ZoneId zone;

    SurvivorRegistry(SurvivorStore store, CaseAccess access, CasesAudit audit, Idempotency idempotency,
                     JdbcClient jdbc, Clock clock, @Value("${tendik.time-zone:Asia/Almaty}") ZoneId zone) {
        this.store = store;
        this.access = access;
        this.audit = audit;
        this.idempotency = idempotency;
        this.jdbc = jdbc;
        this.clock = clock;
        this.zone = zone;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }

    /** Every mistake in the profile at once; empty when it can be registered. */
    public List<UserInputException.FieldProblem> problems(SurvivorProfile profile) {
        return SurvivorValidation.problems(profile, today());
    }

    /** Registers a survivor at the user's centre; 400 naming every invalid field, nothing stored. */
    @Transactional
    public Idempotency.Outcome register(CurrentUser user, SurvivorProfile profile, String idempotencyKey) {
        access.require(user, Action.CASE_WRITE);
        long centre = access.centreOf(user);
        return idempotency.once(user, "survivor.create", idempotencyKey, () -> {
            List<UserInputException.FieldProblem> problems = problems(profile);
            if (!problems.isEmpty()) {
                throw new UserInputException(problems);
            }
            long id = store.insert(normalised(profile, today()), centre, user.id(), clock.instant());
            audit.success(user, "survivor.create", "survivor", id);
            return id;
        });
    }

    /** The survivor's profile, decrypted; the read is audited as {@code survivor.read}. */
    @Transactional
    public SurvivorStore.Stored read(CurrentUser user, long survivorId) {
        access.readSurvivor(user, survivorId);
        return store.find(survivorId).orElseThrow(kz.tendik.shared.web.NotFoundException::new);
    }

    /** The same survivor by IIN, a phone or the name (as written or in Latin), within the user's centre. */
    @Transactional
    public List<SurvivorMatch> possibleDuplicates(CurrentUser user, String iin, String phone, String name) {
        access.require(user, Action.CASE_READ);
        long centre = access.centreOf(user);
        Map<Long, Set<IndexKind>> found = store.matching(centre, store.wanted(iin, phone, name));
        audit.read(user, "survivor.search", "survivor", null, "exact:" + found.size());
        return matches(user, found);
    }

    /** Survivors of the user's centre whose name contains {@code fragment} (case-insensitive), decrypted in memory. */
    @Transactional
    public List<SurvivorMatch> searchByNamePart(CurrentUser user, String fragment) {
        access.require(user, Action.CASE_READ);
        long centre = access.centreOf(user);
        String needle = IndexKind.FULL_NAME.normalise(fragment == null ? "" : fragment);
        if (needle == null || needle.length() < 2) {
            throw new UserInputException("name", "cases.search.tooShort");
        }
        // "Zhanar" finds "Жанар" and the other way round: both are also compared as their Latin skeletons
        String latinNeedle = IndexKind.FULL_NAME_LATIN.normalise(fragment);
        boolean latinUsable = latinNeedle != null && latinNeedle.length() >= 2;
        Map<Long, Set<IndexKind>> found = new java.util.TreeMap<>();
        for (SurvivorStore.Stored s : store.inCentreScope(centre)) {
            for (String written : new String[] {s.profile().fullName(), s.profile().fullNameLatin()}) {
                if (written == null) {
                    continue;
                }
                String hay = IndexKind.FULL_NAME.normalise(written);
                if (hay != null && hay.contains(needle)) {
                    found.put(s.id(), Set.of(IndexKind.FULL_NAME));
                } else if (latinUsable && IndexKind.FULL_NAME_LATIN.normalise(written).contains(latinNeedle)) {
                    found.putIfAbsent(s.id(), Set.of(IndexKind.FULL_NAME_LATIN));
                }
            }
        }
        audit.read(user, "survivor.search", "survivor", null, "partial:" + found.size());
        return matches(user, found);
    }

    private List<SurvivorMatch> matches(CurrentUser user, Map<Long, Set<IndexKind>> found) {
        List<SurvivorMatch> result = new ArrayList<>();
        found.forEach((id, kinds) -> store.find(id).ifPresent(stored -> {
            List<SurvivorMatch.CaseRef> cases = jdbc.sql(
                            "SELECT id, case_number FROM case_file WHERE survivor_id = ? ORDER BY opened_at DESC")
                    .param(id).query((rs, n) -> new SurvivorMatch.CaseRef(rs.getLong(1), rs.getString(2),
                            access.reaches(user, rs.getLong(1)))).list();
            SurvivorProfile p = stored.profile();
            Integer year = p.dateOfBirth() != null ? Integer.valueOf(p.dateOfBirth().getYear()) : null;
            result.add(new SurvivorMatch(id, p.initials(), year, kinds, cases));
        }));
        return result;
    }

    /**
     * Trims texts and drops empty optional parts, so what is stored is what was meant. A disability described without
     * an answer to "has a disability" (as clients written before that question send it) is a "yes".
     */
    static SurvivorProfile normalised(SurvivorProfile p, LocalDate today) {
        String disability = emptyToNull(p.disability());
        Boolean hasDisability = p.hasDisability() == null && disability != null ? Boolean.TRUE : p.hasDisability();
        return new SurvivorProfile(p.fullName().strip(), emptyToNull(p.fullNameLatin()),
                p.iin() == null || p.iin().isBlank() ? null : p.iin().strip(), p.dateOfBirth(), p.age(),
                p.age() == null ? null : p.ageRecordedOn() == null ? today : p.ageRecordedOn(), p.sex(),
                p.maritalStatus(), p.displacementStatus(),
                p.languages().stream().map(l -> l.toLowerCase(Locale.ROOT)).distinct().toList(), hasDisability,
                disability, emptyToNull(p.citizenship()), p.childrenInHousehold(), p.contacts(),
                emptyToNull(p.safeAddress()),
                p.emergencyContact() == null || p.emergencyContact().blank() ? null : p.emergencyContact());
    }

    private static String emptyToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
