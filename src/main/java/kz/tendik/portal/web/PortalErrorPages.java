package kz.tendik.portal.web;

import java.util.HashMap;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import kz.tendik.portal.pages.PageRepository;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/**
 * An error on a public page ({@code /help/**}, and the public certificate check under {@code /certificates}) is shown
 * in the portal's layout — with the quick exit, the footer's safety pages and the ways to find help — instead of the
 * staff error page. Errors anywhere else are left to the default page.
 */
@Component
class PortalErrorPages implements ErrorViewResolver, Ordered {

    private final PortalSettings settings;
    private final PageRepository pages;

    PortalErrorPages(PortalSettings settings, PageRepository pages) {
        this.settings = settings;
        this.pages = pages;
    }

    @Override
    public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
        if (!isPublic(request)) {
            return null;
        }
        Map<String, Object> page = new HashMap<>();
        page.put("status", status.value());
        page.put("quickExitUrl", settings.neutralUrl());
        page.put("safetyPages", pages.inLanguage(LocaleContextHolder.getLocale().getLanguage()));
        return new ModelAndView("portal/error", page, status);
    }

    static boolean isPublic(HttpServletRequest request) {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (!(uri instanceof String path)) {
            return false;
        }
        String local = path.substring(Math.min(path.length(), request.getContextPath().length()));
        return local.equals("/help") || local.startsWith("/help/")
                || local.equals("/certificates") || local.startsWith("/certificates/");
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
