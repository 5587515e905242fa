package kz.tendik.portal.cache;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import kz.tendik.shared.i18n.Languages;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Keeps the rendered HTML of the public pages, so that a hundred readers cost a hundred memory copies rather than a
 * hundred template renders. Only anonymous GETs of pages whose address is fully described by a {@link PublicPageKey}
 * are kept: never a "near me" position, a typed city or anything a reader entered freely. The browser is still told
 * not to store the page ({@code no-store}: nothing in the cache of a shared phone); a proxy in front may keep it for
 * a minute ({@code CDN-Cache-Control}, RFC 9213). Any change to the directory or the portal's pages empties the
 * cache once its transaction commits ({@link RenderedPages}).
 * Runs after the security filter chain, so every response carries the same security headers as a rendered one.
 */
class PublicPageCache extends OncePerRequestFilter {

    private final PageCacheSettings settings;
    private final LocaleResolver locales;
    private final RenderedPages pages;

    PublicPageCache(PageCacheSettings settings, LocaleResolver locales, RenderedPages pages) {
        this.settings = settings;
        this.locales = locales;
        this.pages = pages;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !settings.enabled() || !"GET".equals(request.getMethod()) || !PublicPageKey.isPortalPath(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<PublicPageKey> key = anonymous()
                ? PublicPageKey.of(request, Languages.normalise(locales.resolveLocale(request)).getLanguage())
                : Optional.empty();
        if (key.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        CachedPage hit = pages.get(key.get());
        if (hit != null) {
            hit.writeTo(response);
            return;
        }
        ContentCachingResponseWrapper capture = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, capture);
        if (keepable(capture)) {
            CachedPage page = new CachedPage(capture.getContentAsByteArray(), capture.getContentType(),
                    capture.getHeader(HttpHeaders.CONTENT_LANGUAGE));
            pages.put(key.get(), page);
            CachedPage.markCacheable(capture);
        }
        capture.copyBodyToResponse();
    }

    /** Only a plain successful page that set no cookie and did not itself forbid storing (a "near me" answer does). */
    private static boolean keepable(ContentCachingResponseWrapper response) {
        String type = response.getContentType();
        return response.getStatus() == HttpServletResponse.SC_OK
                && type != null && type.startsWith("text/html")
                && response.getHeaders(HttpHeaders.SET_COOKIE).isEmpty()
                && !"no-store".equals(response.getHeader(HttpHeaders.CACHE_CONTROL));
    }

    private static boolean anonymous() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null || authentication instanceof AnonymousAuthenticationToken;
    }

}
