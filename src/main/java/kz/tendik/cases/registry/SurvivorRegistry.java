package kz.tendik.cases.registry;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
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
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The survivor registry: register (validated, encrypted, indexed, audited), read (access-checked, audited), exact
 * search by blind index and partial name search within the caller's centre, and the duplicate check registration
 * requires. Changes of a profile are {@link SurvivorEdits}.
 */
@Service
public class SurvivorRegistry {

    /** The audit action of a registration stopped by possible duplicates not reviewed. */
    public static final String STOPPED_BY_DUPLICATES = "survivor.duplicates-found";

    private final SurvivorStore store;
    private final CaseAccess access;
    private final CasesAudit audit;
    private final Idempotency idempotency;
    private final DuplicateCheck duplicateCheck;
    private final Clock clock;
    private final ZoneId zone;

    SurvivorRegistry(SurvivorStore store, CaseAccess access, CasesAudit audit, Idempotency idempotency,
                     DuplicateCheck duplicateCheck, Clock clock,
                     @Value("${tendik.time-zone:Asia/Almaty}") ZoneId zone) {
        this.store = store;
        this.access = access;
        this.audit = audit;
        this.idempotency = idempotency;
        this.duplicateCheck = duplicateCheck;
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

    /**
     * Registers a survivor at the user's centre; 400 naming every invalid field, nothing stored. Survivors of the
     * centre who may be the same person ({@link DuplicateCheck}) stop it ({@link PossibleDuplicatesException}) unless
     * each is among {@code reviewedDuplicates}: the user saw them and says none is her, which the audit log keeps as
     * {@code survivor.duplicates-dismissed}. A registration they stop is kept too, as {@code survivor.duplicates-found}
     * (outcome {@code FAILURE}) on the centre with how many and their survivor ids, though nothing else is. A retry with the same idempotency key gets the first result unchecked.
     */
    @Transactional
    public Idempotency.Outcome register(CurrentUser user, SurvivorProfile profile, String idempotencyKey,
                                        Collection<Long> reviewedDuplicates) {
        access.require(user, Action.CASE_WRITE);
        long centre = access.centreOf(user);
        return idempotency.once(user, "survivor.create", idempotencyKey, () -> {
            List<UserInputException.FieldProblem> problems = problems(profile);
            if (!problems.isEmpty()) {
                throw new UserInputException(problems);
            }
            SurvivorProfile normal = normalised(profile, today());
            List<PossibleDuplicate> duplicates = duplicateCheck.of(user, centre, normal);
            if (!DuplicateCheck.allReviewed(duplicates, reviewedDuplicates)) {
                // the refusal rolls the request back; the audit keeps that it was stopped, and by whom
                audit.stopped(user, STOPPED_BY_DUPLICATES, "centre", centre, DuplicateCheck.stoppedPurpose(duplicates));
                throw new PossibleDuplicatesException(duplicates);
            }
            long id = store.insert(normal, centre, user.id(), clock.instant());
            audit.success(user, "survivor.create", "survivor", id);
            if (!duplicates.isEmpty()) {
                audit.success(user, "survivor.duplicates-dismissed", "survivor", id,
                        DuplicateCheck.auditPurpose(duplicates));
            }
            return id;
        });
    }

    /**
     * The survivors a registration of this profile would be stopped by, as the intake page shows them (initials,
     * birth year, cases); the read is audited as a search. The profile must be valid ({@link #problems}).
     */
    @Transactional
    public List<SurvivorMatch> possibleDuplicatesOf(CurrentUser user, SurvivorProfile profile) {
        access.require(user, Action.CASE_READ);
        long centre = access.centreOf(user);
        Map<Long, Set<IndexKind>> found = store.matching(centre, store.wanted(normalised(profile, today())));
        audit.read(user, "survivor.search", "survivor", null, "duplicate-check:" + found.size());
        return matches(user, found);
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
            List<SurvivorMatch.CaseRef> cases = duplicateCheck.casesOf(user, id);
            SurvivorProfile p = stored.profile();
            Integer year = p.dateOfBirth() != null ? Integer.valueOf(p.dateOfBirth().getYear()) : null;
            result.add(new SurvivorMatch(id, p.initials(), year, kinds, cases));
        }));
        return result;
    }

    /**
     * Trims texts and drops empty optional parts, so what is stored is what was meant. A disability described without
     * an answer to "has a disability" (as clients written before that question send it) is a "yes". An age given
     * without the day it was recorded on is taken as recorded on {@code today}.
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
