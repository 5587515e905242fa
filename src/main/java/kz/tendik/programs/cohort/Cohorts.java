package kz.tendik.programs.cohort;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import kz.tendik.identity.AccessPolicy;
import kz.tendik.identity.Action;
import kz.tendik.identity.CurrentUser;
import kz.tendik.identity.OrgUnit;
import kz.tendik.identity.Role;
import kz.tendik.shared.web.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import static kz.tendik.programs.cohort.Problems.blank;
import static kz.tendik.programs.cohort.Problems.trim;

/**
 * Cohorts of a programme. A coordinator sees and runs the cohorts of their org unit; a facilitator only the cohorts
 * they facilitate: any other cohort is 404 to them, as if it did not exist.
 */
@Service
public class Cohorts {

    private final JdbcClient jdbc;
    private final AccessPolicy policy;
    private final Programmes programmes;
    private final ProgramsAudit audit;
    private final ApplicationEventPublisher events;

    Cohorts(JdbcClient jdbc, AccessPolicy policy, Programmes programmes, ProgramsAudit audit,
            ApplicationEventPublisher events) {
        this.events = events;
        this.jdbc = jdbc;
        this.policy = policy;
        this.programmes = programmes;
        this.audit = audit;
    }

    /** The cohort, if the user may run it (404 otherwise). */
    public Cohort get(long id, CurrentUser user) {
        Cohort cohort = find(id).orElseThrow(NotFoundException::new);
        requireRuns(user, cohort);
        return cohort;
    }

    void requireRuns(CurrentUser user, Cohort cohort) {
        policy.requireInScope(user, Action.COHORT_FACILITATE, OrgUnit.region(cohort.regionCode()));
        if (user.role() == Role.FACILITATOR && !cohort.facilitatorIds().contains(user.id())) {
            events.publishEvent(new AccessPolicy.AccessDenied(user.id(), Action.COHORT_FACILITATE,
                    OrgUnit.region(cohort.regionCode())));
            throw new NotFoundException();
        }
    }

    /** The cohorts the user runs, newest first. */
    public List<Cohort> visible(CurrentUser user) {
        policy.require(user, Action.COHORT_FACILITATE);
        List<Long> ids = jdbc.sql("SELECT id FROM cohort ORDER BY starts_on DESC, id DESC").query(Long.class).list();
        return ids.stream().map(this::find).flatMap(Optional::stream).filter(c -> runs(user, c)).toList();
    }

    /** The cohorts of a programme (for its coordinator). */
    public List<Cohort> ofProgramme(long programmeId, CurrentUser user) {
        programmes.get(programmeId, user);
        return jdbc.sql("SELECT id FROM cohort WHERE programme_id = ? ORDER BY starts_on DESC, id DESC")
                .param(programmeId).query(Long.class).list().stream().map(this::find).flatMap(Optional::stream)
                .toList();
    }

    /** Whether the user runs the cohort: within her org unit, and for a facilitator one she facilitates. */
    boolean runs(CurrentUser user, Cohort c) {
        if (!policy.permits(user, Action.COHORT_FACILITATE, OrgUnit.region(c.regionCode()))) {
            return false;
        }
        return user.role() != Role.FACILITATOR || c.facilitatorIds().contains(user.id());
    }

    Optional<Cohort> find(long id) {
        record Row(long id, long programmeId, String name, LocalDate startsOn, LocalDate endsOn, boolean online,
                   String place, String regionCode, int capacity, int version, java.time.Instant closedAt) {
        }
        return jdbc.sql("""
                        SELECT id, programme_id, name, starts_on, ends_on, online, place, region_code, capacity,
                               version, closed_at
                        FROM cohort WHERE id = ?""").param(id)
                .query((rs, n) -> new Row(rs.getLong(1), rs.getLong(2), rs.getString(3),
                        rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class), rs.getBoolean(6),
                        rs.getString(7), rs.getString(8), rs.getInt(9), rs.getInt(10),
                        rs.getTimestamp(11) == null ? null : rs.getTimestamp(11).toInstant()))
                .optional()
                .map(r -> new Cohort(r.id(), r.programmeId(), r.name(), r.startsOn(), r.endsOn(), r.online(),
                        r.place(), r.regionCode(), r.capacity(),
                        jdbc.sql("SELECT user_id FROM cohort_facilitator WHERE cohort_id = ? ORDER BY user_id")
                                .param(id).query(Long.class).list(),
                        jdbc.sql("SELECT id, held_on, topic FROM cohort_session WHERE cohort_id = ? ORDER BY held_on, id")
                                .param(id).query((rs, n) -> new Cohort.Session(rs.getLong(1),
                                        rs.getObject(2, LocalDate.class), rs.getString(3))).list(),
                        count(id, "status IN ('ENROLLED', 'COMPLETED')"), count(id, "status = 'WAITING'"),
                        r.version(), r.closedAt()));
    }

    private int count(long cohortId, String condition) {
        return jdbc.sql("SELECT count(*) FROM enrolment WHERE cohort_id = ? AND " + condition).param(cohortId)
                .query(Integer.class).single();
    }

    /** Opens a cohort with its facilitators and sessions; refused whole, every wrong field named, when invalid. */
    @Transactional
    public long create(CohortDraft d, CurrentUser user) {
        policy.require(user, Action.COHORT_MANAGE);
        Problems p = validate(d, user);
        List<CohortDraft.SessionDraft> sessions = d.sessions() == null ? List.of() : d.sessions();
        for (int i = 0; i < sessions.size(); i++) {
            CohortDraft.SessionDraft s = sessions.get(i);
            String field = "sessions[" + i + "].heldOn";
            if (s == null || s.heldOn() == null) {
                p.add(field, "validation.required");
            } else if (d.startsOn() != null && d.endsOn() != null
                    && (s.heldOn().isBefore(d.startsOn()) || s.heldOn().isAfter(d.endsOn()))) {
                p.add(field, "programs.session.outsideCohort");
            }
            if (s != null && s.topic() != null && s.topic().length() > 200) {
                p.add("sessions[" + i + "].topic", "programs.validation.tooLong", 200);
            }
        }
        p.throwIfAny();
        long id = jdbc.sql("""
                        INSERT INTO cohort (programme_id, name, starts_on, ends_on, online, place, region_code, capacity)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(d.programmeId(), d.name().strip(), d.startsOn(), d.endsOn(), Boolean.TRUE.equals(d.online()),
                        trim(d.place()), d.regionCode().strip(), d.capacity())
                .query(Long.class).single();
        facilitators(id, d);
        for (CohortDraft.SessionDraft s : sessions) {
            addSessionRow(id, s);
        }
        audit.record(user, "cohort.create", "cohort", id);
        return id;
    }

    /**
     * Changes an open cohort's name, dates, place, region, capacity and facilitators (its sessions are added and
     * removed one by one). {@code version} is the version the change is based on: if someone changed the cohort
     * since, nothing is written (409). The programme cannot change; sessions must stay within the new dates and
     * the capacity cannot drop below the places already taken. A missing programme means the cohort's own.
     */
    @Transactional
    public void update(long id, Integer version, CohortDraft change, CurrentUser user) {
        Cohort before = manage(id, user);
        before.requireOpen();
        CohortDraft d = change.programmeId() != null ? change : new CohortDraft(before.programmeId(), change.name(),
                change.startsOn(), change.endsOn(), change.online(), change.place(), change.regionCode(),
                change.capacity(), change.facilitatorIds(), change.sessions());
        Problems p = validate(d, user);
        if (version == null) {
            p.add("version", "validation.required");
        }
        if (d.programmeId() != null && d.programmeId() != before.programmeId()) {
            p.add("programmeId", "programs.cohort.programmeFixed");
        }
        if (d.startsOn() != null && d.endsOn() != null && !d.endsOn().isBefore(d.startsOn())
                && before.sessions().stream().anyMatch(s -> s.heldOn().isBefore(d.startsOn()) || s.heldOn().isAfter(d.endsOn()))) {
            p.add("endsOn", "programs.cohort.sessionsOutsideDates");
        }
        if (d.capacity() != null && d.capacity() < before.enrolled()) {
            p.add("capacity", "programs.cohort.capacityBelowEnrolled", before.enrolled());
        }
        p.throwIfAny();
        int changed = jdbc.sql("""
                        UPDATE cohort SET name = ?, starts_on = ?, ends_on = ?, online = ?, place = ?, region_code = ?,
                               capacity = ?, version = version + 1
                        WHERE id = ? AND version = ? AND closed_at IS NULL""")
                .params(d.name().strip(), d.startsOn(), d.endsOn(), Boolean.TRUE.equals(d.online()), trim(d.place()),
                        d.regionCode().strip(), d.capacity(), id, version)
                .update();
        if (changed == 0) {
            throw new StaleVersionException(find(id).orElseThrow().version());
        }
        jdbc.sql("DELETE FROM cohort_facilitator WHERE cohort_id = ?").param(id).update();
        facilitators(id, d);
        audit.record(user, "cohort.update", "cohort", id);
    }

    /** The cohort, if the user may open, change and close it: a coordinator within their org unit. */
    Cohort manage(long id, CurrentUser user) {
        Cohort cohort = get(id, user);
        policy.requireInScope(user, Action.COHORT_MANAGE, OrgUnit.region(cohort.regionCode()));
        return cohort;
    }

    private void facilitators(long cohortId, CohortDraft d) {
        for (Long f : facilitatorIds(d)) {
            jdbc.sql("INSERT INTO cohort_facilitator (cohort_id, user_id) VALUES (?, ?)").params(cohortId, f).update();
        }
    }

    private static List<Long> facilitatorIds(CohortDraft d) {
        return d.facilitatorIds() == null ? List.of() : d.facilitatorIds().stream().distinct().toList();
    }

    private Problems validate(CohortDraft d, CurrentUser user) {
        Problems p = new Problems();
        if (d.programmeId() == null) {
            p.add("programmeId", "validation.required");
        } else if (programmes.find(d.programmeId()).filter(pr -> user.orgUnit().contains(Programmes.unit(pr.regionCode())))
                .isEmpty()) {
            p.add("programmeId", "programs.cohort.unknownProgramme");
        }
        if (blank(d.name())) {
            p.add("name", "validation.required");
        } else if (d.name().strip().length() > 200) {
            p.add("name", "programs.validation.tooLong", 200);
        }
        if (d.startsOn() == null) {
            p.add("startsOn", "validation.required");
        }
        if (d.endsOn() == null) {
            p.add("endsOn", "validation.required");
        } else if (d.startsOn() != null && d.endsOn().isBefore(d.startsOn())) {
            p.add("endsOn", "programs.cohort.endsBeforeStart");
        }
        boolean online = Boolean.TRUE.equals(d.online());
        if (!online && blank(d.place())) {
            p.add("place", "programs.cohort.placeRequired");
        } else if (d.place() != null && d.place().length() > 300) {
            p.add("place", "programs.validation.tooLong", 300);
        }
        if (blank(d.regionCode())) {
            p.add("regionCode", "validation.required");
        } else if (!programmes.regionExists(d.regionCode().strip())) {
            p.add("regionCode", "programs.validation.unknownRegion");
        } else if (!user.orgUnit().contains(OrgUnit.region(d.regionCode().strip()))) {
            p.add("regionCode", "programs.cohort.regionOutsideScope");
        }
        if (d.capacity() == null) {
            p.add("capacity", "validation.required");
        } else if (d.capacity() < 1 || d.capacity() > 10000) {
            p.add("capacity", "programs.cohort.capacityRange", 1, 10000);
        }
        String region = blank(d.regionCode()) ? "" : d.regionCode().strip();
        for (Long f : facilitatorIds(d)) {
            if (f == null || jdbc.sql("""
                            SELECT count(*) FROM app_user WHERE id = ? AND role = 'FACILITATOR' AND enabled
                            AND (scope_level = 'NATIONAL' OR (scope_level = 'REGION' AND region_code = ?))""")
                    .params(f, region).query(Long.class).single() == 0) {
                p.add("facilitatorIds", "programs.cohort.notAFacilitator");
                break;
            }
        }
        return p;
    }

    /** Adds a session to a cohort the user runs; its day must lie within the cohort's dates. */
    @Transactional
    public long addSession(long cohortId, CohortDraft.SessionDraft s, CurrentUser user) {
        Cohort cohort = get(cohortId, user);
        cohort.requireOpen();
        Problems p = new Problems();
        if (s.heldOn() == null) {
            p.add("heldOn", "validation.required");
        } else if (!cohort.covers(s.heldOn())) {
            p.add("heldOn", "programs.session.outsideCohort");
        }
        if (s.topic() != null && s.topic().length() > 200) {
            p.add("topic", "programs.validation.tooLong", 200);
        }
        p.throwIfAny();
        long id = addSessionRow(cohortId, s);
        audit.record(user, "cohort.session.create", "cohort", cohortId);
        return id;
    }

    /** Removes a session of an open cohort, unless attendance has been taken at it. */
    @Transactional
    public void removeSession(long cohortId, long sessionId, CurrentUser user) {
        Cohort cohort = get(cohortId, user);
        cohort.requireOpen();
        if (cohort.sessions().stream().noneMatch(s -> s.id() == sessionId)) {
            throw new NotFoundException();
        }
        if (jdbc.sql("SELECT count(*) FROM attendance WHERE session_id = ?").param(sessionId).query(Long.class).single() > 0) {
            throw new kz.tendik.shared.web.UserInputException("sessionId", "programs.session.hasAttendance");
        }
        jdbc.sql("DELETE FROM cohort_session WHERE id = ?").param(sessionId).update();
        audit.record(user, "cohort.session.delete", "cohort_session", sessionId);
    }

    private long addSessionRow(long cohortId, CohortDraft.SessionDraft s) {
        return jdbc.sql("INSERT INTO cohort_session (cohort_id, held_on, topic) VALUES (?, ?, ?) RETURNING id")
                .params(cohortId, s.heldOn(), trim(s.topic())).query(Long.class).single();
    }

    /**
     * Facilitators who may be given a cohort: id, display name and the region they work in (null: the whole
     * country). A cohort takes only facilitators whose scope holds its region, or they could not run it.
     */
    public List<Facilitator> facilitators() {
        return jdbc.sql("""
                        SELECT id, display_name, region_code FROM app_user
                        WHERE role = 'FACILITATOR' AND enabled AND scope_level IN ('NATIONAL', 'REGION')
                        ORDER BY display_name""")
                .query((rs, n) -> new Facilitator(rs.getLong(1), rs.getString(2), rs.getString(3))).list();
    }

    public record Facilitator(long id, String displayName, String regionCode) {
    }
}
