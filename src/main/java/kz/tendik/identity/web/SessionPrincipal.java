package kz.tendik.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import kz.tendik.identity.CurrentUser;
import kz.tendik.identity.account.UserAccount;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * Replaces the user kept in the session after they changed their own account (language, two-factor), keeping
 * the session's authorities as they are.
 */
final class SessionPrincipal {

    private static final SecurityContextRepository CONTEXTS = new HttpSessionSecurityContextRepository();

    private SessionPrincipal() {
    }

    static void refresh(UserAccount account, HttpServletRequest request, HttpServletResponse response) {
        Authentication current = SecurityContextHolder.getContext().getAuthentication();
        if (current == null) {
            return;
        }
        CurrentUser user = account.toCurrentUser();
        user.eraseCredentials();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, current.getAuthorities()));
        SecurityContextHolder.setContext(context);
        CONTEXTS.saveContext(context, request, response);
    }
}
