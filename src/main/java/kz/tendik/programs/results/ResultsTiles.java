package kz.tendik.programs.results;

import kz.tendik.identity.Action;
import kz.tendik.identity.HomeTile;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ResultsTiles {

    @Bean
    HomeTile programmeResultsTile() {
        return new HomeTile("programs.tile.results.title", "programs.tile.results.text", "/programme-results",
                Action.PROGRAMME_RESULTS_READ, 52);
    }
}
