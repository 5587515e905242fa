package kz.tendik.identity.signin;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import kz.tendik.identity.CurrentUser;
import kz.tendik.identity.IdentityEvents.UserSignedIn;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

/**
 * What happens after a correct password: a user with two-factor enrolled is asked for a code; a user whose
 * role requires two-factor but has none enrols first; everyone else is signed in. Until then the session holds
 * only a partial authority that opens the code or enrolment page and nothing else.
 */
@Component
public class SignInFlow implements AuthenticationSuccessHandler {

    /** Authority of a session that has passed the password but still owes its code. */
    public static final String CODE_PENDING = "TWO_FACTOR_PENDING";
    /** Authority of a session that has passed the password and must enrol two-factor before going on. */
    public static final String ENROLMENT_PENDING = "TWO_FACTOR_ENROLMENT";

    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();
    private final RequestCache requestCache = new HttpSessionRequestCache();
    private final TwoFactorRequirement twoFactorRequirement;
    private final ApplicationEventPublisher events;
    private final LocaleResolver locales;

    SignInFlow(TwoFactorRequirement twoFactorRequirement, ApplicationEventPublisher events, LocaleResolver locales) {
        this.twoFactorRequirement = twoFactorRequirement;
        this.events = events;
        this.locales = locales;
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                                        Authentication authentication) throws IOException {
        CurrentUser user = (CurrentUser) authentication.getPrincipal();
        if (user.twoFactorEnrolled()) {
            store(request, response, partial(user, CODE_PENDING));
            response.sendRedirect(request.getContextPath() + "/login/two-factor");
        } else if (twoFactorRequirement.appliesTo(user.role())) {
            store(request, response, partial(user, ENROLMENT_PENDING));
            response.sendRedirect(request.getContextPath() + "/account/two-factor");
        } else {
            complete(request, response, user);
        }
    }

    /** Whether the session still needs enrolment before the user may use the system. */
    public static boolean enrolmentPending(Authentication authentication) {
        return authentication != null && authentication.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals(ENROLMENT_PENDING));
    }

    /** Signs the user in fully (all factors done): role authority, their language, a new session id. */
    public void complete(HttpServletRequest request, HttpServletResponse response, CurrentUser user) throws IOException {
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        store(request, response, UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        locales.setLocale(request, response, user.locale());
        events.publishEvent(new UserSignedIn(user.id(), user.getUsername(), "web", request.getRemoteAddr()));
        SavedRequest saved = requestCache.getRequest(request, response);
        requestCache.removeRequest(request, response);
        String target = saved != null && saved.getRedirectUrl() != null ? saved.getRedirectUrl() : request.getContextPath() + "/";
        response.sendRedirect(target);
    }

    private static Authentication partial(CurrentUser user, String authority) {
        return UsernamePasswordAuthenticationToken.authenticated(user, null, List.of(new SimpleGrantedAuthority(authority)));
    }

    private void store(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
    }
}
