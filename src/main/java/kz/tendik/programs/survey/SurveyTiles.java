package kz.tendik.programs.survey;

import kz.tendik.identity.Action;
import kz.tendik.identity.HomeTile;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class SurveyTiles {

    @Bean
    HomeTile surveyInstrumentsTile() {
        return new HomeTile("programs.tile.instruments.title", "programs.tile.instruments.text", "/survey-instruments",
                Action.PROGRAMME_MANAGE, 53);
    }
}
