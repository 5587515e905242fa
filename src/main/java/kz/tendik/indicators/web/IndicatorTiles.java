package kz.tendik.indicators.web;

import kz.tendik.identity.Action;
import kz.tendik.identity.HomeTile;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class IndicatorTiles {

    @Bean
    HomeTile indicatorsTile() {
        return new HomeTile("indicators.tile.title", "indicators.tile.text", "/indicators", Action.INDICATOR_READ, 50);
    }
}
