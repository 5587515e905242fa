package kz.tendik.programs.cohort;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import kz.tendik.identity.AccessPolicy;
import kz.tendik.identity.Action;
import kz.tendik.identity.CurrentUser;
import kz.tendik.identity.OrgUnit;
import kz.tendik.shared.crypto.FieldCipher;
import kz.tendik.shared.web.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import kz.tendik.shared.referral.ProgrammeReferralCodes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import static kz.tendik.programs.cohort.Problems.blank;
import static kz.tendik.programs.cohort.Problems.trim;

/**
 * Participants and their enrolment in cohorts. A cohort takes as many as its capacity; later enrolments wait, and
 * when a place frees (a withdrawal) the first on the waiting list is promoted. Changes to one cohort are serialised
 * by locking its row. Every read and write of participants is audited (identifiers only).
 */
@Service
public class Enrolments {

    static final Set<String> SEXES = Set.of("FEMALE", "MALE");

    private final JdbcClient jdbc;
    private final Cohorts cohorts;
    private final FieldCipher cipher;
    private final ProgramsAudit audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final ParticipantIndexes indexes;
    private final ProgrammeReferralCodes referralCodes;

    Enrolments(JdbcClient jdbc, Cohorts cohorts, FieldCipher cipher, ProgramsAudit audit, Clock clock,
               ApplicationEventPublisher events, ParticipantIndexes indexes, ProgrammeReferralCodes referralCodes) {
        this.indexes = indexes;
        this.referralCodes = referralCodes;
        this.events = events;
        this.jdbc = jdbc;
        this.cohorts = cohorts;
        this.cipher = cipher;
        this.audit = audit;
        this.clock = clock;
    }

    /** Everyone in the cohort, enrolled first, then the waiting list in order, then the rest. Audited. */
    @Transactional
    public List<Enrolment> list(long cohortId, CurrentUser user) {
        cohorts.get(cohortId, user);
        List<Enrolment> list = rows(cohortId);
        audit.record(user, "participant.read", "cohort", cohortId);
        return list;
    }

    private List<Enrolment> rows(long cohortId) {
        record Row(long id, long participantId, byte[] person, int birthYear, String sex, String region,
                   EnrolmentStatus status) {
        }
        List<Row> rows = jdbc.sql("""
                        SELECT e.id, p.id, p.person, p.birth_year, p.sex, p.region_code, e.status
                        FROM enrolment e JOIN participant p ON p.id = e.participant_id
                        WHERE e.cohort_id = ?
                        ORDER BY CASE e.status WHEN 'ENROLLED' THEN 0 WHEN 'COMPLETED' THEN 0 WHEN 'WAITING' THEN 1
                                 ELSE 2 END, e.queued_at, e.id""").param(cohortId)
                .query((rs, n) -> new Row(rs.getLong(1), rs.getLong(2), rs.getBytes(3), rs.getInt(4), rs.getString(5),
                        rs.getString(6), EnrolmentStatus.valueOf(rs.getString(7)))).list();
        List<Enrolment> result = new ArrayList<>();
        int waiting = 0;
        for (Row r : rows) {
            String[] person = decode(cipher.decrypt(r.person(),
                    ProgramsColumns.PARTICIPANT_PERSON.associatedData(r.participantId())));
            result.add(new Enrolment(r.id(), r.participantId(), person[0], person[1], r.birthYear(), r.sex(),
                    r.region(), r.status(), r.status() == EnrolmentStatus.WAITING ? ++waiting : null));
        }
        return result;
    }

    /**
     * Enrols (or puts on the waiting list when the cohort is full); refused whole, every wrong field named. A new
     * participant whose name as written and year of birth match someone already in the cohort (by the blind index)
     * is refused as a duplicate, so the same woman is not enrolled twice under two records.
     */
    @Transactional
    public Enrolment enrol(long cohortId, EnrolmentDraft d, CurrentUser user) {
        cohorts.get(cohortId, user);
        lockOpen(cohortId);
        Problems p = new Problems();
        if (!Boolean.TRUE.equals(d.consent())) {
            p.add("consent", "programs.enrolment.consentRequired");
        }
        Long participantId = d.participantId();
        if (participantId != null) {
            if (!visible(participantId, user)) {
                p.add("participantId", "programs.enrolment.unknownParticipant");
            } else if (jdbc.sql("SELECT count(*) FROM enrolment WHERE cohort_id = ? AND participant_id = ?")
                    .params(cohortId, participantId).query(Long.class).single() > 0) {
                p.add("participantId", "programs.enrolment.duplicate");
            }
        } else {
            validateNewParticipant(d, p);
            if (!blank(d.name()) && d.birthYear() != null && jdbc.sql("""
                            SELECT count(*) FROM enrolment e JOIN participant pt ON pt.id = e.participant_id
                            WHERE e.cohort_id = ? AND pt.person_index = ?""")
                    .params(cohortId, indexes.of(d.name().strip(), d.birthYear())).query(Long.class).single() > 0) {
                p.add("name", "programs.enrolment.duplicate");
            }
        }
        p.throwIfAny();
        if (participantId == null) {
            participantId = createParticipant(d, user);
        }
        int capacity = jdbc.sql("SELECT capacity FROM cohort WHERE id = ?").param(cohortId).query(Integer.class).single();
        int taken = jdbc.sql("SELECT count(*) FROM enrolment WHERE cohort_id = ? AND status IN ('ENROLLED', 'COMPLETED')")
                .param(cohortId).query(Integer.class).single();
        EnrolmentStatus status = taken < capacity ? EnrolmentStatus.ENROLLED : EnrolmentStatus.WAITING;
        Timestamp now = Timestamp.from(clock.instant());
        long id = jdbc.sql("""
                        INSERT INTO enrolment (cohort_id, participant_id, status, consent_at, consent_by, admitted_at)
                        VALUES (?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(cohortId, participantId, status.name(), now, user.id(),
                        status == EnrolmentStatus.ENROLLED ? now : null).query(Long.class).single();
        audit.record(user, "enrolment.create", "enrolment", id);
        return find(cohortId, id).orElseThrow();
    }

    /**
     * Whether the user may see (and so enrol) an existing participant: one enrolled in a cohort the user runs — for
     * a coordinator a cohort within her org unit, for a facilitator a cohort she facilitates. An unknown participant
     * and one the user may not see are refused alike, so the answer reveals nothing; the latter refusal is audited
     * as an access denial in the participant's region.
     */
    private boolean visible(long participantId, CurrentUser user) {
        Optional<String> region = jdbc.sql("SELECT region_code FROM participant WHERE id = ?").param(participantId)
                .query(String.class).optional();
        if (region.isEmpty()) {
            return false;
        }
        boolean visible = jdbc.sql("SELECT DISTINCT cohort_id FROM enrolment WHERE participant_id = ?")
                .param(participantId).query(Long.class).list().stream()
                .map(cohorts::find).flatMap(Optional::stream).anyMatch(c -> cohorts.runs(user, c));
        if (!visible) {
            events.publishEvent(new AccessPolicy.AccessDenied(user.id(), Action.COHORT_FACILITATE,
                    OrgUnit.region(region.get())));
        }
        return visible;
    }

    private void validateNewParticipant(EnrolmentDraft d, Problems p) {
        if (blank(d.name())) {
            p.add("name", "validation.required");
        } else if (d.name().strip().length() > 200 || d.name().contains("\n")) {
            p.add("name", "programs.validation.tooLong", 200);
        }
        if (d.contact() != null && d.contact().length() > 200) {
            p.add("contact", "programs.validation.tooLong", 200);
        }
        int thisYear = Year.now(clock).getValue();
        if (d.birthYear() == null) {
            p.add("birthYear", "validation.required");
        } else if (d.birthYear() < thisYear - 100 || d.birthYear() > thisYear - 10) {
            p.add("birthYear", "programs.enrolment.birthYearRange", thisYear - 100, thisYear - 10);
        }
        if (blank(d.sex())) {
            p.add("sex", "validation.required");
        } else if (!SEXES.contains(d.sex())) {
            p.add("sex", "validation.invalidValue");
        }
        if (blank(d.regionCode())) {
            p.add("regionCode", "validation.required");
        } else if (jdbc.sql("SELECT count(*) FROM region WHERE code = ?").param(d.regionCode().strip())
                .query(Long.class).single() == 0) {
            p.add("regionCode", "programs.validation.unknownRegion");
        }
        if (!blank(d.referralReference())) {
            // the centre's code (PR-XXXXX-XXXXX): checked only for having been issued, never resolved to a case
            Optional<String> code = ProgrammeReferralCodes.normalise(d.referralReference());
            if (code.isEmpty()) {
                p.add("referralReference", "programs.participant.referralReference.format");
            } else if (!referralCodes.isIssued(code.get())) {
                p.add("referralReference", "programs.participant.referralReference.unknown");
            }
        }
    }

    /** The referral code as issued (upper case, dashes in place), or null when none was given. */
    private static String referralCode(EnrolmentDraft d) {
        return blank(d.referralReference()) ? null
                : ProgrammeReferralCodes.normalise(d.referralReference()).orElse(null);
    }

    private long createParticipant(EnrolmentDraft d, CurrentUser user) {
        long id = jdbc.sql("SELECT nextval('participant_id_seq')").query(Long.class).single();
        byte[] person = cipher.encrypt(encode(d.name().strip(), trim(d.contact())),
                ProgramsColumns.PARTICIPANT_PERSON.associatedData(id));
        jdbc.sql("""
                INSERT INTO participant (id, person, birth_year, sex, region_code, referral_reference, created_by,
                                         person_index)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, person, d.birthYear(), d.sex(), d.regionCode().strip(),
                        referralCode(d), user.id(),
                        indexes.of(d.name().strip(), d.birthYear()))
                .update();
        audit.record(user, "participant.create", "participant", id);
        return id;
    }

    /**
     * Withdraws a participant; if they held a place, the first on the waiting list takes it. Someone who leaves from
     * the waiting list was never admitted ({@code admitted_at} stays empty), so she never counts as enrolled.
     */
    @Transactional
    public Enrolment withdraw(long cohortId, long enrolmentId, CurrentUser user) {
        cohorts.get(cohortId, user);
        lockOpen(cohortId);
        EnrolmentStatus before = status(cohortId, enrolmentId).orElseThrow(NotFoundException::new);
        if (before == EnrolmentStatus.WITHDRAWN) {
            throw new kz.tendik.shared.web.UserInputException("status", "programs.enrolment.alreadyWithdrawn");
        }
        jdbc.sql("UPDATE enrolment SET status = 'WITHDRAWN', changed_at = now() WHERE id = ?").param(enrolmentId).update();
        audit.record(user, "enrolment.withdraw", "enrolment", enrolmentId);
        if (before.holdsPlace()) {
            promote(cohortId, user);
        }
        return find(cohortId, enrolmentId).orElseThrow();
    }

    private void promote(long cohortId, CurrentUser user) {
        int capacity = jdbc.sql("SELECT capacity FROM cohort WHERE id = ?").param(cohortId).query(Integer.class).single();
        int taken = jdbc.sql("SELECT count(*) FROM enrolment WHERE cohort_id = ? AND status IN ('ENROLLED', 'COMPLETED')")
                .param(cohortId).query(Integer.class).single();
        for (int free = capacity - taken; free > 0; free--) {
            Optional<Long> next = jdbc.sql("""
                            SELECT id FROM enrolment WHERE cohort_id = ? AND status = 'WAITING'
                            ORDER BY queued_at, id LIMIT 1""").param(cohortId).query(Long.class).optional();
            if (next.isEmpty()) {
                return;
            }
            jdbc.sql("UPDATE enrolment SET status = 'ENROLLED', admitted_at = ?, changed_at = now() WHERE id = ?")
                    .params(Timestamp.from(clock.instant()), next.get()).update();
            audit.record(user, "enrolment.promote", "enrolment", next.get());
        }
    }

    Optional<EnrolmentStatus> status(long cohortId, long enrolmentId) {
        return jdbc.sql("SELECT status FROM enrolment WHERE id = ? AND cohort_id = ?").params(enrolmentId, cohortId)
                .query(String.class).optional().map(EnrolmentStatus::valueOf);
    }

    private Optional<Enrolment> find(long cohortId, long enrolmentId) {
        return rows(cohortId).stream().filter(e -> e.id() == enrolmentId).findFirst();
    }

    /** Locks the cohort's row and refuses when it is closed (so a closing and an enrolment cannot interleave). */
    private void lockOpen(long cohortId) {
        lock(cohortId);
        cohorts.find(cohortId).orElseThrow(NotFoundException::new).requireOpen();
    }

    private void lock(long cohortId) {
        jdbc.sql("SELECT id FROM cohort WHERE id = ? FOR UPDATE").param(cohortId).query(Long.class).single();
    }

    /** Name and contact as one plaintext: the name's length, a colon, the name, then the contact. */
    static String encode(String name, String contact) {
        return name.length() + ":" + name + contact;
    }

    static String[] decode(String plain) {
        int colon = plain.indexOf(':');
        int length = Integer.parseInt(plain.substring(0, colon));
        return new String[] {plain.substring(colon + 1, colon + 1 + length), plain.substring(colon + 1 + length)};
    }
}
