package kz.tendik.cases.access;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import kz.tendik.cases.casefile.CaseEventType;
import kz.tendik.cases.casefile.CaseFacts;
import kz.tendik.cases.support.CaseColumns;
import kz.tendik.cases.support.CaseRuleException;
import kz.tendik.cases.support.CasesAudit;
import kz.tendik.identity.AccessPolicy;
import kz.tendik.identity.Action;
import kz.tendik.identity.CurrentUser;
import kz.tendik.identity.OrgUnit;
import kz.tendik.identity.Role;
import kz.tendik.identity.Teams;
import kz.tendik.shared.crypto.FieldCipher;
import kz.tendik.shared.web.NotFoundException;
import kz.tendik.shared.web.UserInputException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one place that decides who reaches which case and survivor; every service method of the module asks it
 * first. A role without case access gets 403 (from {@link AccessPolicy}); a case outside the user's reach is 404
 * and the refusal is audited; a read is audited as {@code case.read} (with {@code break-glass:<grant>} as purpose
 * when reached that way) in the caller's transaction.
 */
@Service
public class CaseAccess {

    private final JdbcClient jdbc;
    private final AccessPolicy policy;
    private final CasesAudit audit;
    private final FieldCipher cipher;
    private final Clock clock;
    private final CaseAccessSettings settings;
    private final Teams teams;

    CaseAccess(JdbcClient jdbc, AccessPolicy policy, CasesAudit audit, FieldCipher cipher, Clock clock,
               CaseAccessSettings settings, Teams teams) {
        this.teams = teams;
        this.jdbc = jdbc;
        this.policy = policy;
        this.audit = audit;
        this.cipher = cipher;
        this.clock = clock;
        this.settings = settings;
    }

    /** The user reaches the case this way; {@code breakGlassId} names the grant when the reach is break-glass. */
    public record Grant(long caseId, long centreId, CaseReach reach, Long breakGlassId) {
        public String purpose() {
            return breakGlassId == null ? null : "break-glass:" + breakGlassId;
        }
    }

    /** Checks that the user may read the case and audits the read as {@code case.read}. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Grant read(CurrentUser user, long caseId) {
        Grant grant = reach(user, Action.CASE_READ, caseId, "case.read");
        audit.read(user, "case.read", "case", caseId, grant.purpose());
        return grant;
    }

    /**
     * Checks that the user may write to the case and that it is not closed (422: a closed case is read-only until it
     * is reopened); the caller audits what it wrote.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Grant write(CurrentUser user, long caseId, String auditAction) {
        Grant grant = reach(user, Action.CASE_WRITE, caseId, auditAction);
        if (closed(caseId)) {
            throw new CaseRuleException(null, "cases.closed.readOnly");
        }
        return grant;
    }

    /**
     * Checks that the user may take a step of the closure (request, approve, return, reopen, legal hold) on the case,
     * closed or not. Approving and holding are management acts: only within the normal reach, not by break-glass.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Grant closureStep(CurrentUser user, Action action, long caseId, String auditAction) {
        Grant grant = reach(user, action, caseId, auditAction);
        if (action != Action.CASE_WRITE && grant.reach() == CaseReach.BREAK_GLASS) {
            audit.denied(user, auditAction, "case", caseId); // break-glass is for care, not for approval: 403
            throw new org.springframework.security.access.AccessDeniedException("not by break-glass");
        }
        return grant;
    }

    /** To be called by whatever changes who is assigned to a case or where it is: decisions made before are dropped. */
    public static void reachChanged() {
        Decisions.forget();
    }

    /** Whether the case is closed now (its latest approved closure is later than any reopening). */
    public boolean closed(long caseId) {
        return jdbc.sql("SELECT closed_at, reopened_at FROM case_file WHERE id = ?").param(caseId)
                .query((rs, n) -> CaseFacts.isClosed(instant(rs.getTimestamp(1)), instant(rs.getTimestamp(2))))
                .optional().orElse(false);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    /** Whether the user reaches the case (no audit; for lists that then read what they show). */
    public boolean reaches(CurrentUser user, long caseId) {
        if (!policy.permits(user.role(), Action.CASE_READ)) {
            return false;
        }
        return caseCentre(caseId).map(centre -> decide(user, caseId, centre).reach().allowed()).orElse(false);
    }

    /** The cases the user reaches in lists (a supervisor's with her team as it is now). */
    public CaseScope scope(CurrentUser user) {
        return CaseScope.of(user, team(user));
    }

    /** The caseworkers the user supervises (empty for anyone but a supervisor). */
    public Set<Long> team(CurrentUser user) {
        return user.role() == Role.SUPERVISOR ? teams.teamOf(user.id()) : Set.of();
    }

    /** 403 unless the role may perform the action at all (registering survivors, listing cases). */
    public void require(CurrentUser user, Action action) {
        policy.require(user, action);
    }

    /** The centre a case-handling user works at; a user without one cannot register or open anything. */
    public long centreOf(CurrentUser user) {
        OrgUnit unit = user.orgUnit();
        if (unit.level() != OrgUnit.Level.CENTRE) {
            throw new org.springframework.security.access.AccessDeniedException("no centre");
        }
        return unit.centreId();
    }

    /**
     * Opens a case outside the user's normal reach for the configured time: reason required, written as a
     * ciphertext, audited as {@code case.break-glass}, put on the case's timeline and shown on the case page.
     */
    @Transactional
    public long breakGlass(CurrentUser user, long caseId, String reason) {
        policy.require(user, Action.CASE_BREAK_GLASS);
        Decisions.forget(); // the grant made below changes her reach
        long centre = caseCentre(caseId).orElseThrow(NotFoundException::new);
        if (reason == null || reason.isBlank()) {
            throw new UserInputException("reason", "validation.required");
        }
        if (reason.length() > 500) {
            throw new UserInputException("reason", "validation.tooLong");
        }
        if (decide(user, caseId, centre).reach() != CaseReach.NONE) {
            throw new UserInputException("reason", "cases.breakGlass.notNeeded");
        }
        long id = jdbc.sql("SELECT nextval(pg_get_serial_sequence('break_glass', 'id'))").query(Long.class).single();
        Instant now = clock.instant();
        jdbc.sql("""
                INSERT INTO break_glass (id, case_id, user_id, reason, granted_at, expires_at)
                VALUES (?, ?, ?, ?, ?, ?)""")
                .params(id, caseId, user.id(), cipher.encrypt(reason.strip(), CaseColumns.BREAK_GLASS_REASON.associatedData(id)),
                        Timestamp.from(now), Timestamp.from(now.plus(settings.breakGlassDuration()))).update();
        jdbc.sql("INSERT INTO case_event (case_id, type, occurred_at, actor_id, ref_id) VALUES (?, ?, ?, ?, ?)")
                .params(caseId, CaseEventType.BREAK_GLASS_OPENED.name(), Timestamp.from(now), user.id(), id).update();
        audit.success(user, "case.break-glass", "case", caseId, "break-glass:" + id);
        return id;
    }

    /** The break-glass grants of a case, newest first, with their reasons decrypted (for the case page). */
    public List<BreakGlassView> breakGlassOn(long caseId) {
        return jdbc.sql("""
                SELECT b.id, b.user_id, u.display_name, b.reason, b.granted_at, b.expires_at
                FROM break_glass b JOIN app_user u ON u.id = b.user_id WHERE b.case_id = ? ORDER BY b.granted_at DESC""")
                .param(caseId)
                .query((rs, n) -> new BreakGlassView(rs.getLong(1), rs.getLong(2), rs.getString(3),
                        cipher.decrypt(rs.getBytes(4), CaseColumns.BREAK_GLASS_REASON.associatedData(rs.getLong(1))),
                        rs.getTimestamp(5).toInstant(), rs.getTimestamp(6).toInstant(),
                        rs.getTimestamp(6).toInstant().isAfter(clock.instant())))
                .list();
    }

    public record BreakGlassView(long id, long userId, String userName, String reason, Instant grantedAt,
                                 Instant expiresAt, boolean current) {
    }

    /**
     * Survivors: readable through any case of theirs the user reaches; a survivor without any case yet, by the
     * caseworker who registered them and by the manager and supervisors of the registering centre (as a case assigned
     * to no one: decision 0026). Once she has a case only its reach counts: a caseworker taken off it no longer reads
     * her (decision 0028). 404 otherwise.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void readSurvivor(CurrentUser user, long survivorId) {
        survivorReach(user, Action.CASE_READ, survivorId, "survivor.read");
        audit.read(user, "survivor.read", "survivor", survivorId);
    }

    /**
     * A survivor's profile may be changed by whoever may read it ({@link #readSurvivor}) and may write cases; when she
     * has cases the user reaches, one of them must be open (a closed case is read-only: 422). Returns the ids of all
     * her cases, whose timelines record the change; the caller audits what it wrote.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<Long> writeSurvivor(CurrentUser user, long survivorId, String auditAction) {
        SurvivorReach reach = survivorReach(user, Action.CASE_WRITE, survivorId, auditAction);
        if (!reach.reachedCases().isEmpty() && reach.reachedCases().stream().allMatch(this::closed)) {
            throw new CaseRuleException(null, "cases.closed.readOnly");
        }
        return reach.allCases();
    }

    private record SurvivorReach(List<Long> allCases, List<Long> reachedCases) {
    }

    private SurvivorReach survivorReach(CurrentUser user, Action action, long survivorId, String auditAction) {
        policy.require(user, action);
        record Row(long centreId, long createdBy) {
        }
        Row row = jdbc.sql("SELECT centre_id, created_by FROM survivor WHERE id = ?").param(survivorId)
                .query((rs, n) -> new Row(rs.getLong(1), rs.getLong(2))).optional()
                .orElseThrow(NotFoundException::new);
        List<Long> cases = jdbc.sql("SELECT id FROM case_file WHERE survivor_id = ? ORDER BY id").param(survivorId)
                .query(Long.class).list();
        List<Long> reached = cases.stream().filter(caseId -> reaches(user, caseId)).toList();
        boolean registeredHere = cases.isEmpty() && user.orgUnit().level() == OrgUnit.Level.CENTRE
                && user.orgUnit().centreId() == row.centreId()
                && (row.createdBy() == user.id() || user.role() == Role.CENTRE_MANAGER
                    || user.role() == Role.SUPERVISOR);
        if (reached.isEmpty() && !registeredHere) {
            audit.denied(user, auditAction, "survivor", survivorId);
            throw new NotFoundException();
        }
        return new SurvivorReach(cases, reached);
    }

    /** Whether the survivor is in the user's centre scope (registered there, or with a case there). */
    public boolean survivorInScope(CurrentUser user, long survivorId) {
        if (user.orgUnit().level() != OrgUnit.Level.CENTRE) {
            return false;
        }
        return jdbc.sql("""
                SELECT EXISTS (SELECT 1 FROM survivor s WHERE s.id = :id AND (s.centre_id = :centre
                    OR EXISTS (SELECT 1 FROM case_file c WHERE c.survivor_id = s.id AND c.centre_id = :centre)))""")
                .param("id", survivorId).param("centre", user.orgUnit().centreId()).query(Boolean.class).single();
    }

    /**
     * Whether the user may open a new case for a survivor of the centre: not when she has a case the user does not
     * reach (a colleague's: opening another would hand over her profile; the supervisor assigns instead).
     */
    public boolean mayOpenCaseFor(CurrentUser user, long survivorId) {
        return survivorInScope(user, survivorId) && jdbc.sql("SELECT id FROM case_file WHERE survivor_id = ?")
                .param(survivorId).query(Long.class).list().stream().allMatch(caseId -> reaches(user, caseId));
    }

    private Grant reach(CurrentUser user, Action action, long caseId, String auditAction) {
        policy.require(user, action);
        if (action != Action.CASE_READ) {
            // a write may change who reaches the case (assignment, transfer, closure): decide afresh from here on
            Decisions.forget();
        }
        Optional<Long> centre = caseCentre(caseId);
        if (centre.isEmpty()) {
            throw new NotFoundException();
        }
        Grant grant = decide(user, caseId, centre.get());
        if (!grant.reach().allowed()) {
            audit.denied(user, auditAction, "case", caseId);
            throw new NotFoundException();
        }
        return grant;
    }

    /**
     * The user's reach of the case, decided once per transaction: a case page checks it for each of its parts (five
     * or six times), and nothing a read does can change it.
     */
    private Grant decide(CurrentUser user, long caseId, long centreId) {
        return Decisions.remembered(user.id(), caseId, () -> decideNow(user, caseId, centreId));
    }

    private Grant decideNow(CurrentUser user, long caseId, long centreId) {
        Set<Long> assigned = new HashSet<>(jdbc.sql("SELECT user_id FROM case_assignment WHERE case_id = ?")
                .param(caseId).query(Long.class).list());
        Optional<Long> breakGlass = CaseAccessRule.mayBreakGlass(user.role())
                ? jdbc.sql("""
                        SELECT id FROM break_glass WHERE case_id = ? AND user_id = ? AND expires_at > ?
                        ORDER BY expires_at DESC LIMIT 1""")
                        .params(caseId, user.id(), Timestamp.from(clock.instant())).query(Long.class).optional()
                : Optional.empty();
        CaseReach reach = CaseAccessRule.reach(user.role(), user.id(), user.orgUnit(), centreId, assigned,
                team(user), breakGlass.isPresent());
        return new Grant(caseId, centreId, reach, reach == CaseReach.BREAK_GLASS ? breakGlass.get() : null);
    }

    private Optional<Long> caseCentre(long caseId) {
        return jdbc.sql("SELECT centre_id FROM case_file WHERE id = ?").param(caseId).query(Long.class).optional();
    }
}
