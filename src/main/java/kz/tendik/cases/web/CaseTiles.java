package kz.tendik.cases.web;

import kz.tendik.identity.Action;
import kz.tendik.identity.HomeTile;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The caseworker's tile on the home page (and the header section): my cases. */
@Configuration(proxyBeanMethods = false)
class CaseTiles {

    @Bean
    HomeTile casesTile() {
        return new HomeTile("tile.cases.title", "tile.cases.text", "/cases", Action.CASE_READ, 5);
    }
}
