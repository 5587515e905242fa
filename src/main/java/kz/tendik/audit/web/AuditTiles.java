package kz.tendik.audit.web;

import kz.tendik.identity.Action;
import kz.tendik.identity.HomeTile;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class AuditTiles {

    @Bean
    HomeTile auditTile() {
        return new HomeTile("tile.audit.title", "tile.audit.text", "/audit", Action.AUDIT_READ, 70);
    }
}
