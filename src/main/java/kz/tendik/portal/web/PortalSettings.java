package kz.tendik.portal.web;

import java.net.URI;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code tendik.portal.*}: {@code neutral-url} is where the quick exit goes — an ordinary site (weather, news) that
 * gives nothing away if someone looks at the screen. It must be an absolute http(s) address.
 */
@ConfigurationProperties("tendik.portal")
public record PortalSettings(String neutralUrl) {

    public PortalSettings {
        if (neutralUrl == null || neutralUrl.isBlank()) {
            neutralUrl = "https://www.gismeteo.kz/";
        }
        URI uri = URI.create(neutralUrl);
        if (!"https".equals(uri.getScheme()) && !"http".equals(uri.getScheme())) {
            throw new IllegalArgumentException("tendik.portal.neutral-url must be an http(s) address");
        }
    }
}
