package kz.tendik.indicators.dashboards;

import kz.tendik.portal.PortalSection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The published figures as a section of the portal's home page. */
@Configuration(proxyBeanMethods = false)
class PublicFiguresSection {

    @Bean
    PortalSection publishedFigures() {
        return new PortalSection("dash.public.section.title", "dash.public.section.text", "/help/data", 10);
    }
}
