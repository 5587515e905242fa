package kz.tendik.identity.profile;

import java.time.Duration;
import java.util.List;

import kz.tendik.identity.CurrentUser;
import kz.tendik.identity.IdentityEvents.AccountChanged;
import kz.tendik.identity.signin.SecuritySettings;
import kz.tendik.identity.token.ApiTokens;
import kz.tendik.identity.token.ApiTokens.Issued;
import kz.tendik.identity.token.ApiTokens.TokenInfo;
import kz.tendik.shared.web.NotFoundException;
import kz.tendik.shared.web.UserInputException;
import kz.tendik.shared.web.UserInputException.FieldProblem;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal access tokens: named by the user, living 1 day up to the configured maximum, shown once, listed
 * without their value, revocable.
 */
@Service
public class PersonalTokens {

    public static final int MAX_NAME = 64;

    private final ApiTokens tokens;
    private final SecuritySettings settings;
    private final ApplicationEventPublisher events;

    PersonalTokens(ApiTokens tokens, SecuritySettings settings, ApplicationEventPublisher events) {
        this.tokens = tokens;
        this.settings = settings;
        this.events = events;
    }

    /** The longest lifetime a user may choose, in whole days. */
    public int maxDays() {
        return (int) Math.max(1, settings.apiToken().maxPersonalLifetime().toDays());
    }

    @Transactional
    public Issued create(CurrentUser user, String name, Integer days) {
        String trimmed = name == null ? "" : name.strip();
        List<FieldProblem> problems = new java.util.ArrayList<>();
        if (trimmed.isEmpty()) {
            problems.add(new FieldProblem("name", "validation.required"));
        } else if (trimmed.length() > MAX_NAME) {
            problems.add(new FieldProblem("name", "validation.tooLong"));
        }
        if (days == null) {
            problems.add(new FieldProblem("days", "validation.required"));
        } else if (days < 1 || days > maxDays()) {
            problems.add(new FieldProblem("days", "token.days.range", 1, maxDays()));
        }
        if (!problems.isEmpty()) {
            throw new UserInputException(problems);
        }
        Issued issued = tokens.issue(user.id(), ApiTokens.Kind.PERSONAL, trimmed, Duration.ofDays(days));
        events.publishEvent(new AccountChanged(user.id(), user.getUsername(), user.id(), "token-created:" + issued.id()));
        return issued;
    }

    public List<TokenInfo> list(CurrentUser user) {
        return tokens.list(user.id()).stream().filter(t -> t.kind() == ApiTokens.Kind.PERSONAL).toList();
    }

    /** Revokes one of the user's personal tokens; 404 when it is not theirs or already revoked. */
    @Transactional
    public void revoke(CurrentUser user, long tokenId) {
        boolean personal = list(user).stream().anyMatch(t -> t.id() == tokenId);
        if (!personal || !tokens.revoke(user.id(), tokenId)) {
            throw new NotFoundException();
        }
        events.publishEvent(new AccountChanged(user.id(), user.getUsername(), user.id(), "token-revoked:" + tokenId));
    }
}
