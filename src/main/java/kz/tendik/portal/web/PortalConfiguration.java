package kz.tendik.portal.web;

import kz.tendik.identity.Action;
import kz.tendik.identity.HomeTile;
import kz.tendik.portal.PortalSection;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PortalSettings.class)
class PortalConfiguration {

    @Bean
    HomeTile portalPagesTile() {
        return new HomeTile("tile.portal.title", "tile.portal.text", "/portal/pages", Action.PORTAL_MANAGE, 75);
    }

    /** The open-data page beside the published figures on the portal's home page. */
    @Bean
    PortalSection openDataSection() {
        return new PortalSection("portal.open.title", "portal.open.section", "/help/data/open", 20);
    }
}
