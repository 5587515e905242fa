package kz.tendik.portal.web;

import java.util.List;
import java.util.Locale;

import kz.tendik.portal.PortalPage;
import kz.tendik.portal.pages.PageRepository;
import kz.tendik.portal.pages.PublicPage;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What every page of the portal's layout needs: the quick exit's address and the safety pages for the footer; for the
 * portal's own controllers and those of other modules marked {@link PortalPage}.
 */
@ControllerAdvice(basePackages = "kz.tendik.portal", annotations = PortalPage.class)
class PublicLayout {

    private final PortalSettings settings;
    private final PageRepository pages;

    PublicLayout(PortalSettings settings, PageRepository pages) {
        this.settings = settings;
        this.pages = pages;
    }

    @ModelAttribute("quickExitUrl")
    String quickExitUrl() {
        return settings.neutralUrl();
    }

    @ModelAttribute("safetyPages")
    List<PublicPage> safetyPages(Locale locale) {
        return pages.inLanguage(locale.getLanguage());
    }
}
