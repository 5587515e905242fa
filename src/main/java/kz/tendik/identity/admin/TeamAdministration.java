package kz.tendik.identity.admin;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import kz.tendik.identity.AccessPolicy;
import kz.tendik.identity.Action;
import kz.tendik.identity.CurrentUser;
import kz.tendik.identity.IdentityEvents.AccountChanged;
import kz.tendik.identity.OrgUnit;
import kz.tendik.identity.Role;
import kz.tendik.identity.account.UserAccount;
import kz.tendik.identity.account.UserAccounts;
import kz.tendik.shared.web.NotFoundException;
import kz.tendik.shared.web.UserInputException;
import kz.tendik.shared.web.UserInputException.FieldProblem;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Setting who supervises whom (decision 0026): an administrator for any centre, a centre manager for her own. A
 * team is a supervisor of a centre and caseworkers of the same centre; each caseworker added or removed is published
 * as {@link AccountChanged} of the supervisor ({@code team-added:<id>}, {@code team-removed:<id>}), so it is audited.
 */
@Service
public class TeamAdministration {

    /** More than this in one team is a mistake (a centre has tens of caseworkers). */
    public static final int MAX_TEAM = 200;

    private final UserAccounts accounts;
    private final SupervisionStore store;
    private final OrgUnits orgUnits;
    private final AccessPolicy policy;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    TeamAdministration(UserAccounts accounts, SupervisionStore store, OrgUnits orgUnits, AccessPolicy policy,
                       ApplicationEventPublisher events, Clock clock) {
        this.accounts = accounts;
        this.store = store;
        this.orgUnits = orgUnits;
        this.policy = policy;
        this.events = events;
        this.clock = clock;
    }

    /** A staff member as the team pages show them. */
    public record Person(long id, String username, String displayName, boolean enabled) {
        static Person of(UserAccount a) {
            return new Person(a.id(), a.username(), a.displayName(), a.enabled());
        }
    }

    /** A supervisor and her team. */
    public record Team(Person supervisor, long centreId, List<SupervisionStore.Member> members) {
        public boolean includes(long caseworkerId) {
            return since(caseworkerId) != null;
        }

        /** When the caseworker joined this team; null when she is not in it. */
        public java.time.Instant since(long caseworkerId) {
            return members.stream().filter(m -> m.caseworkerId() == caseworkerId).findFirst()
                    .map(SupervisionStore.Member::since).orElse(null);
        }
    }

    /** A centre's teams, its caseworkers, and those of them in no team (their cases reach no supervisor). */
    public record CentreTeams(long centreId, List<Team> teams, List<Person> caseworkers, List<Person> unsupervised) {
    }

    /** The centre the actor sets teams for when she names none: her own, if she is scoped to one. */
    public Long ownCentre(CurrentUser actor) {
        policy.require(actor, Action.TEAM_MANAGE);
        return actor.orgUnit().level() == OrgUnit.Level.CENTRE ? actor.orgUnit().centreId() : null;
    }

    /** The centre of a user in the actor's scope (404 outside it), or null when the user has none. */
    public Long centreOf(CurrentUser actor, long userId) {
        return supervisorInScope(actor, userId).orgUnit().centreId();
    }

    /** The teams of a centre within the actor's scope (404 outside it; 400 for an unknown centre). */
    public CentreTeams ofCentre(CurrentUser actor, long centreId) {
        OrgUnit centre = orgUnits.resolve(OrgUnit.Level.CENTRE, null, centreId);
        policy.requireInScope(actor, Action.TEAM_MANAGE, centre);
        List<Person> caseworkers = accounts.inCentre(centreId, Role.CASEWORKER).stream().map(Person::of).toList();
        Map<Long, List<SupervisionStore.Member>> members = new java.util.HashMap<>();
        Map<Long, Person> byId = caseworkers.stream().collect(Collectors.toMap(Person::id, Function.identity()));
        Set<Long> supervised = new HashSet<>();
        for (SupervisionStore.Pair pair : store.ofCentre(centreId)) {
            Person p = byId.get(pair.caseworkerId());
            members.computeIfAbsent(pair.supervisorId(), k -> new ArrayList<>())
                    .add(new SupervisionStore.Member(p.id(), p.username(), p.displayName(), p.enabled(), pair.since()));
            supervised.add(p.id());
        }
        List<Team> teams = accounts.inCentre(centreId, Role.SUPERVISOR).stream()
                .filter(s -> s.orgUnit().level() == OrgUnit.Level.CENTRE)
                .map(s -> new Team(Person.of(s), centreId, members.getOrDefault(s.id(), List.of()).stream()
                        .sorted(java.util.Comparator.comparing(SupervisionStore.Member::displayName)).toList()))
                .toList();
        return new CentreTeams(centreId, teams, caseworkers,
                caseworkers.stream().filter(c -> !supervised.contains(c.id())).toList());
    }

    /** One supervisor's team (404 for anyone who is not a supervisor of a centre in the actor's scope). */
    public Team team(CurrentUser actor, long supervisorId) {
        UserAccount supervisor = supervisorInScope(actor, supervisorId);
        if (!leadsATeam(supervisor)) {
            throw new NotFoundException();
        }
        return new Team(Person.of(supervisor), supervisor.orgUnit().centreId(), store.members(supervisorId));
    }

    /**
     * Makes the supervisor's team exactly these caseworkers (an empty list empties it). 400 naming every wrong entry:
     * not a supervisor of a centre, not a caseworker, of another centre; nothing is changed then.
     */
    @Transactional
    public Team setTeam(CurrentUser actor, long supervisorId, List<Long> caseworkerIds) {
        UserAccount supervisor = supervisorInScope(actor, supervisorId);
        List<FieldProblem> problems = new ArrayList<>();
        if (supervisor.role() != Role.SUPERVISOR) {
            problems.add(new FieldProblem("supervisorId", "team.supervisor.notSupervisor"));
        } else if (supervisor.orgUnit().level() != OrgUnit.Level.CENTRE) {
            problems.add(new FieldProblem("supervisorId", "team.supervisor.noCentre"));
        }
        if (caseworkerIds == null) {
            problems.add(new FieldProblem("caseworkerIds", "validation.required"));
        } else if (caseworkerIds.size() > MAX_TEAM) {
            problems.add(new FieldProblem("caseworkerIds", "team.caseworkers.tooMany", MAX_TEAM));
        } else {
            checkCaseworkers(actor, supervisor, caseworkerIds, problems);
        }
        if (!problems.isEmpty()) {
            throw new UserInputException(problems);
        }
        Set<Long> wanted = new LinkedHashSet<>(caseworkerIds);
        Set<Long> stored = store.storedTeamOf(supervisorId);
        for (long gone : stored) {
            if (!wanted.contains(gone) && store.remove(supervisorId, gone)) {
                changed(actor, supervisorId, "team-removed:" + gone);
            }
        }
        for (long added : wanted) {
            if (!stored.contains(added) && store.add(supervisorId, added, actor.id(), clock.instant())) {
                changed(actor, supervisorId, "team-added:" + added);
            }
        }
        return team(actor, supervisorId);
    }

    /**
     * Takes the user out of every team she is part of, as supervisor or caseworker (her role or centre changed:
     * the old team must not follow her).
     */
    void leaveTeams(CurrentUser actor, long userId) {
        for (SupervisionStore.Pair pair : store.removeAllOf(userId)) {
            changed(actor, pair.supervisorId(), "team-removed:" + pair.caseworkerId());
        }
    }

    private void checkCaseworkers(CurrentUser actor, UserAccount supervisor, List<Long> ids, List<FieldProblem> problems) {
        Map<Long, UserAccount> found = accounts.findAllById(ids.stream().filter(java.util.Objects::nonNull)
                        .collect(Collectors.toSet())).stream()
                .collect(Collectors.toMap(UserAccount::id, Function.identity()));
        for (int i = 0; i < ids.size(); i++) {
            UserAccount caseworker = ids.get(i) == null ? null : found.get(ids.get(i));
            String field = "caseworkerIds[" + i + "]";
            if (caseworker == null || !actor.orgUnit().contains(caseworker.orgUnit())) {
                problems.add(new FieldProblem(field, "team.caseworker.unknown"));
            } else if (caseworker.role() != Role.CASEWORKER) {
                problems.add(new FieldProblem(field, "team.caseworker.notCaseworker"));
            } else if (!caseworker.orgUnit().equals(supervisor.orgUnit())) {
                problems.add(new FieldProblem(field, "team.caseworker.otherCentre"));
            }
        }
    }

    private UserAccount supervisorInScope(CurrentUser actor, long supervisorId) {
        policy.require(actor, Action.TEAM_MANAGE);
        UserAccount account = accounts.findById(supervisorId).orElseThrow(NotFoundException::new);
        policy.requireInScope(actor, Action.TEAM_MANAGE, account.orgUnit());
        return account;
    }

    private static boolean leadsATeam(UserAccount account) {
        return account.role() == Role.SUPERVISOR && account.orgUnit().level() == OrgUnit.Level.CENTRE;
    }

    private void changed(CurrentUser actor, long supervisorId, String change) {
        events.publishEvent(new AccountChanged(actor.id(), actor.getUsername(), supervisorId, change));
    }
}
