package kz.tendik.identity;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import kz.tendik.shared.web.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import static kz.tendik.identity.Role.ADMIN;
import static kz.tendik.identity.Role.AUDITOR;
import static kz.tendik.identity.Role.CASEWORKER;
import static kz.tendik.identity.Role.CENTRE_MANAGER;
import static kz.tendik.identity.Role.FACILITATOR;
import static kz.tendik.identity.Role.NATIONAL_ANALYST;
import static kz.tendik.identity.Role.PROGRAMME_COORDINATOR;
import static kz.tendik.identity.Role.REGIONAL_COORDINATOR;
import static kz.tendik.identity.Role.SUPERVISOR;

/**
 * The one place that decides whether a user may perform an action on a resource in an org unit. Controllers
 * declare their action with {@link Requires}; services holding scoped data call {@link #requireInScope}.
 * Missing permission is 403; an object outside the user's scope is 404, so nothing reveals its existence.
 */
@Component
public class AccessPolicy {

    private static final Set<Role> ALL = EnumSet.allOf(Role.class);
    private static final Map<Action, Set<Role>> RULES = new EnumMap<>(Action.class);

    static {
        RULES.put(Action.PUBLIC, ALL);
        RULES.put(Action.OWN_ACCOUNT, ALL);
        RULES.put(Action.DIRECTORY_READ, EnumSet.of(ADMIN, CENTRE_MANAGER, SUPERVISOR, CASEWORKER,
                REGIONAL_COORDINATOR, NATIONAL_ANALYST, PROGRAMME_COORDINATOR, FACILITATOR, AUDITOR));
        RULES.put(Action.DIRECTORY_MANAGE, EnumSet.of(ADMIN));
        RULES.put(Action.USER_MANAGE, EnumSet.of(ADMIN));
        // scope: a manager's own centre (requireInScope with the supervisor's unit)
        RULES.put(Action.TEAM_MANAGE, EnumSet.of(ADMIN, CENTRE_MANAGER));
        RULES.put(Action.AUDIT_READ, EnumSet.of(AUDITOR));
        // which cases within these roles is decided by the cases module (CaseAccess): assigned, team, centre
        RULES.put(Action.CASE_READ, EnumSet.of(CENTRE_MANAGER, SUPERVISOR, CASEWORKER));
        RULES.put(Action.CASE_WRITE, EnumSet.of(CENTRE_MANAGER, SUPERVISOR, CASEWORKER));
        RULES.put(Action.CASE_BREAK_GLASS, EnumSet.of(CENTRE_MANAGER, SUPERVISOR));
        RULES.put(Action.CASE_EXPORT, EnumSet.of(CENTRE_MANAGER, SUPERVISOR, CASEWORKER));
        RULES.put(Action.CASE_CONSENT_OVERRIDE, EnumSet.of(CENTRE_MANAGER, SUPERVISOR));
        RULES.put(Action.CASE_CLOSURE_APPROVE, EnumSet.of(CENTRE_MANAGER, SUPERVISOR));
        RULES.put(Action.CASE_PLAN_REVIEW, EnumSet.of(CENTRE_MANAGER, SUPERVISOR));
        RULES.put(Action.CASE_LEGAL_HOLD, EnumSet.of(CENTRE_MANAGER));
        RULES.put(Action.PORTAL_MANAGE, EnumSet.of(ADMIN));
        // scope: a coordinator's org unit; which cohorts a facilitator runs is decided by the programs module
        RULES.put(Action.PROGRAMME_MANAGE, EnumSet.of(ADMIN, PROGRAMME_COORDINATOR));
        RULES.put(Action.COHORT_MANAGE, EnumSet.of(PROGRAMME_COORDINATOR));
        RULES.put(Action.COHORT_FACILITATE, EnumSet.of(PROGRAMME_COORDINATOR, FACILITATOR));
        // aggregates only, over the cohorts within the user's org unit
        RULES.put(Action.PROGRAMME_RESULTS_READ, EnumSet.of(ADMIN, PROGRAMME_COORDINATOR, NATIONAL_ANALYST));
        RULES.put(Action.INDICATOR_READ, ALL);
        RULES.put(Action.INDICATOR_MANAGE, EnumSet.of(NATIONAL_ANALYST, ADMIN));
        for (Action action : Action.values()) {
            if (!RULES.containsKey(action)) {
                throw new IllegalStateException("no access rule for " + action);
            }
        }
    }

    private final ApplicationEventPublisher events;

    AccessPolicy(ApplicationEventPublisher events) {
        this.events = events;
    }

    /** Whether the role may perform the action at all. */
    public boolean permits(Role role, Action action) {
        return RULES.get(action).contains(role);
    }

    /** Whether the user may perform the action on something that belongs to {@code unit}. */
    public boolean permits(CurrentUser user, Action action, OrgUnit unit) {
        return permits(user.role(), action) && user.orgUnit().contains(unit);
    }

    /** Refuses (403, audited) when the user's role may not perform the action. */
    public void require(CurrentUser user, Action action) {
        if (action == Action.PUBLIC) {
            return;
        }
        if (user == null || !permits(user.role(), action)) {
            events.publishEvent(new AccessDenied(user == null ? null : user.id(), action, null));
            throw new AccessDeniedException("action " + action + " not permitted");
        }
    }

    /**
     * Refuses when the role may not perform the action (403), or when the resource lies outside the user's
     * scope (404, as if it did not exist). Both are audited.
     */
    public void requireInScope(CurrentUser user, Action action, OrgUnit unit) {
        require(user, action);
        if (!user.orgUnit().contains(unit)) {
            events.publishEvent(new AccessDenied(user.id(), action, unit));
            throw new NotFoundException();
        }
    }

    /** The roles that may perform the action, for pages that explain who can do what. */
    public Set<Role> rolesFor(Action action) {
        return EnumSet.copyOf(RULES.get(action));
    }

    /** The signed-in, fully authenticated user of this request, if there is one. */
    public static Optional<CurrentUser> currentUser() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof CurrentUser user
                && authentication.getAuthorities().stream()
                        .anyMatch(a -> a.getAuthority().equals(user.role().authority()))) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    /** Published when the policy refuses a request; the audit module records it. */
    public record AccessDenied(Long userId, Action action, OrgUnit unit) {
    }
}
