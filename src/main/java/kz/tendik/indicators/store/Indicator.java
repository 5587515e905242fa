package kz.tendik.indicators.store;

import java.util.Locale;

/**
 * An entry of the indicator catalogue; {@code published}: served by the open data API without sign-in;
 * {@code sourceUrl}: the publisher's page where the source's data can be read, or {@code null}.
 */
public record Indicator(String code, String nameKk, String nameRu, String nameEn, String definitionKk,
                        String definitionRu, String definitionEn, String unit, boolean sexDisaggregated,
                        String periodicity, String source, String sdgIndicator, String cedawArticle, String topic,
                        boolean published, String sourceUrl) {

    public String name(Locale locale) {
        return switch (locale.getLanguage()) {
            case "kk" -> nameKk;
            case "ru" -> nameRu;
            default -> nameEn;
        };
    }

    public String definition(Locale locale) {
        return switch (locale.getLanguage()) {
            case "kk" -> definitionKk;
            case "ru" -> definitionRu;
            default -> definitionEn;
        };
    }
}
