package kz.tendik.identity.admin;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import kz.tendik.identity.AccessPolicy;
import kz.tendik.identity.Action;
import kz.tendik.identity.CurrentUser;
import kz.tendik.identity.IdentityEvents.AccountChanged;
import kz.tendik.identity.OrgUnit;
import kz.tendik.identity.Role;
import kz.tendik.identity.account.PasswordPolicy;
import kz.tendik.identity.account.UserAccount;
import kz.tendik.identity.account.UserAccounts;
import kz.tendik.identity.signin.LoginThrottle;
import kz.tendik.identity.twofactor.TwoFactor;
import kz.tendik.shared.i18n.Languages;
import kz.tendik.shared.web.NotFoundException;
import kz.tendik.shared.web.UserInputException;
import kz.tendik.shared.web.UserInputException.FieldProblem;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An administrator's work on accounts: create, change role, scope, name, language and whether the account is
 * enabled, reset two-factor, lift a lockout. Every change is published as {@link AccountChanged}. A change of role or
 * centre takes the user out of the teams she was part of ({@link TeamAdministration}).
 */
@Service
public class UserAdministration {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,63}");
    private static final int MAX_NAME = 200;

    private final UserAccounts accounts;
    private final OrgUnits orgUnits;
    private final PasswordPolicy passwordPolicy;
    private final PasswordEncoder passwords;
    private final TwoFactor twoFactor;
    private final LoginThrottle throttle;
    private final AccessPolicy policy;
    private final ApplicationEventPublisher events;
    private final TeamAdministration teams;

    UserAdministration(UserAccounts accounts, OrgUnits orgUnits, PasswordPolicy passwordPolicy,
                       PasswordEncoder passwords, TwoFactor twoFactor, LoginThrottle throttle, AccessPolicy policy,
                       ApplicationEventPublisher events, TeamAdministration teams) {
        this.teams = teams;
        this.accounts = accounts;
        this.orgUnits = orgUnits;
        this.passwordPolicy = passwordPolicy;
        this.passwords = passwords;
        this.twoFactor = twoFactor;
        this.throttle = throttle;
        this.policy = policy;
        this.events = events;
    }

    /** An account as the administrator sees it: with its lock, never its secrets. */
    public record UserSummary(UserAccount account, Instant lockedUntil) {
        public boolean locked() {
            return lockedUntil != null;
        }
    }

    public List<UserAccount> search(CurrentUser actor, Role role, String regionCode, String text) {
        policy.require(actor, Action.USER_MANAGE);
        return accounts.search(role, blankToNull(regionCode), text, 500).stream()
                .filter(a -> actor.orgUnit().contains(a.orgUnit()))
                .toList();
    }

    public UserSummary find(CurrentUser actor, long id) {
        UserAccount account = accounts.findById(id).orElseThrow(NotFoundException::new);
        policy.requireInScope(actor, Action.USER_MANAGE, account.orgUnit());
        return new UserSummary(account, throttle.accountLockedUntil(account.username()).orElse(null));
    }

    @Transactional
    public long create(CurrentUser actor, UserForm form) {
        policy.require(actor, Action.USER_MANAGE);
        List<FieldProblem> problems = new ArrayList<>();
        String username = form.username() == null ? "" : form.username().trim().toLowerCase(Locale.ROOT);
        if (username.isEmpty()) {
            problems.add(new FieldProblem("username", "validation.required"));
        } else if (!USERNAME.matcher(username).matches()) {
            problems.add(new FieldProblem("username", "user.username.format"));
        } else if (accounts.findByUsername(username).isPresent()) {
            problems.add(new FieldProblem("username", "user.username.taken"));
        }
        Valid valid = validate(form, problems);
        problems.addAll(passwordPolicy.problems("password", form.password(), username));
        refuseIf(problems);
        long id;
        try {
            id = accounts.create(username, valid.displayName(), passwords.encode(form.password()), valid.role(),
                    valid.unit(), valid.language());
        } catch (DuplicateKeyException raced) {
            throw new UserInputException("username", "user.username.taken");
        }
        changed(actor, id, "created");
        return id;
    }

    @Transactional
    public void update(CurrentUser actor, long id, UserForm form) {
        UserAccount before = find(actor, id).account();
        List<FieldProblem> problems = new ArrayList<>();
        Valid valid = validate(form, problems);
        boolean enabled = form.enabled() == null || form.enabled();
        if (before.id() == actor.id() && (!enabled || (valid.role() != null && valid.role() != Role.ADMIN))) {
            problems.add(new FieldProblem(enabled ? "role" : "enabled", "user.self.keepAdmin"));
        }
        refuseIf(problems);
        accounts.update(id, valid.displayName(), valid.role(), valid.unit(), valid.language(), enabled);
        if (!before.displayName().equals(valid.displayName())) {
            changed(actor, id, "display-name");
        }
        if (before.role() != valid.role()) {
            changed(actor, id, "role");
        }
        if (!before.orgUnit().equals(valid.unit())) {
            changed(actor, id, "scope");
        }
        if (before.role() != valid.role() || !before.orgUnit().equals(valid.unit())) {
            teams.leaveTeams(actor, id); // a team is of one centre and of these two roles: it does not follow a move
        }
        if (!before.language().equals(valid.language())) {
            changed(actor, id, "language");
        }
        if (before.enabled() != enabled) {
            changed(actor, id, enabled ? "enabled" : "disabled");
        }
    }

    @Transactional
    public void resetTwoFactor(CurrentUser actor, long id) {
        find(actor, id);
        twoFactor.remove(id);
        changed(actor, id, "two-factor-reset");
    }

    @Transactional
    public void unlock(CurrentUser actor, long id) {
        UserAccount account = find(actor, id).account();
        throttle.unlock(account.username());
        changed(actor, id, "unlocked");
    }

    private record Valid(String displayName, Role role, OrgUnit unit, String language) {
    }

    /** Checks the fields shared by creating and changing; adds problems and returns what could be read. */
    private Valid validate(UserForm form, List<FieldProblem> problems) {
        String name = form.displayName() == null ? "" : form.displayName().strip();
        if (name.isEmpty()) {
            problems.add(new FieldProblem("displayName", "validation.required"));
        } else if (name.length() > MAX_NAME) {
            problems.add(new FieldProblem("displayName", "validation.tooLong"));
        }
        Role role = parse(Role.class, form.role(), "role", problems);
        OrgUnit.Level level = parse(OrgUnit.Level.class, form.scope(), "scope", problems);
        OrgUnit unit = null;
        if (role != null && level != null) {
            if (!ScopeRules.allows(role, level)) {
                problems.add(new FieldProblem("scope", "user.scope.notForRole"));
            } else {
                try {
                    unit = orgUnits.resolve(level, blankToNull(form.regionCode()), form.centreId());
                } catch (UserInputException e) {
                    problems.addAll(e.problems());
                }
            }
        }
        if (!Languages.isSupported(form.language())) {
            problems.add(new FieldProblem("language", form.language() == null || form.language().isBlank()
                    ? "validation.required" : "validation.invalidValue"));
        }
        return new Valid(name, role, unit, form.language());
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, String field, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            problems.add(new FieldProblem(field, "validation.required"));
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim());
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem(field, "validation.invalidValue"));
            return null;
        }
    }

    private static void refuseIf(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new UserInputException(problems);
        }
    }

    private void changed(CurrentUser actor, long userId, String change) {
        events.publishEvent(new AccountChanged(actor.id(), actor.getUsername(), userId, change));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
