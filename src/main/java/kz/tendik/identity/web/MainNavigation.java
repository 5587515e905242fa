package kz.tendik.identity.web;

import java.util.Comparator;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import kz.tendik.identity.AccessPolicy;
import kz.tendik.identity.CurrentUser;
import kz.tendik.identity.HomeTile;
import kz.tendik.identity.signin.SignInFlow;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The main sections in the page header (the layout calls it as {@code @mainNavigation}): the same tiles the
 * home page shows, for a fully signed-in user only (a session that still owes its code or enrolment gets none).
 */
@Component("mainNavigation")
public class MainNavigation {

    private final List<HomeTile> tiles;
    private final AccessPolicy policy;

    MainNavigation(List<HomeTile> tiles, AccessPolicy policy) {
        this.tiles = tiles.stream().sorted(Comparator.comparingInt(HomeTile::order)).toList();
        this.policy = policy;
    }

    /** The tiles this user's role may use, in order. */
    public List<HomeTile> sections(CurrentUser user) {
        return tiles.stream().filter(t -> policy.permits(user.role(), t.action())).toList();
    }

    /** The sections for the header: none until every sign-in step is done. */
    public List<HomeTile> forHeader(Authentication authentication) {
        if (!signedIn(authentication)) {
            return List.of();
        }
        return sections((CurrentUser) authentication.getPrincipal());
    }

    /** Whether the session has passed every sign-in step (not only the password). */
    public boolean signedIn(Authentication authentication) {
        return authentication != null && authentication.isAuthenticated()
                && authentication.getPrincipal() instanceof CurrentUser
                && authentication.getAuthorities().stream().noneMatch(a ->
                        a.getAuthority().equals(SignInFlow.CODE_PENDING)
                                || a.getAuthority().equals(SignInFlow.ENROLMENT_PENDING));
    }

    /** Whether the current request is inside the tile's section (its first path segment). */
    public boolean current(HomeTile tile) {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
            return false;
        }
        HttpServletRequest request = attributes.getRequest();
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String section = section(tile.path());
        return path.equals(section) || path.startsWith(section + "/");
    }

    /** The home page's own path, for the "current" mark on the Home link. */
    public boolean home() {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
            return false;
        }
        HttpServletRequest request = attributes.getRequest();
        return request.getRequestURI().substring(request.getContextPath().length()).equals("/");
    }

    static String section(String path) {
        int next = path.indexOf('/', 1);
        return next < 0 ? path : path.substring(0, next);
    }
}
