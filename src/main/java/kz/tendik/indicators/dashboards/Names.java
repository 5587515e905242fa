package kz.tendik.indicators.dashboards;

import kz.tendik.indicators.store.Catalogue;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Names for the dashboards' templates ({@code @dashboardNames}): countries and indicators in the reader's language. */
@Component("dashboardNames")
class Names {

    /** The shape of a long-format file with regional values (header and two illustrative rows of its columns). */
    static final String REGIONAL_EXAMPLE = """
            indicator,geo,period,sex,value,source,note
            lfpr,KZ-71,2024,F,<value>,<source>,
            lfpr,KZ-71,2024,M,<value>,<source>,""";

    private final Catalogue catalogue;

    Names(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    public String country(String code) {
        return Countries.name(code, LocaleContextHolder.getLocale());
    }

    public String indicator(String code) {
        return catalogue.find(code).map(i -> i.name(LocaleContextHolder.getLocale())).orElse(code);
    }

    public String regionalExample() {
        return REGIONAL_EXAMPLE;
    }
}
