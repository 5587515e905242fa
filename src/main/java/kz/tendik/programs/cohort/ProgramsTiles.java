package kz.tendik.programs.cohort;

import kz.tendik.identity.Action;
import kz.tendik.identity.HomeTile;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ProgramsTiles {

    @Bean
    HomeTile programmesTile() {
        return new HomeTile("programs.tile.programmes.title", "programs.tile.programmes.text", "/programmes",
                Action.PROGRAMME_MANAGE, 50);
    }

    @Bean
    HomeTile cohortsTile() {
        return new HomeTile("programs.tile.cohorts.title", "programs.tile.cohorts.text", "/cohorts",
                Action.COHORT_FACILITATE, 51);
    }
}
