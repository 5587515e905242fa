package kz.tendik.portal.web;

import kz.tendik.identity.Action;
import kz.tendik.identity.HomeTile;
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
}
