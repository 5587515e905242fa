package kz.tendik.indicators.dashboards;

import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Numbers as the reader writes them ({@code @dashboardNumbers} in templates): {@code 0,177} and {@code 311 217} in
 * Kazakh and Russian, {@code 0.177} and {@code 311,217} in English.
 */
@Component("dashboardNumbers")
class Numbers {

    String format(Double value, int decimals, Locale locale) {
        if (value == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(decimals);
        format.setMaximumFractionDigits(decimals);
        format.setRoundingMode(RoundingMode.HALF_UP); // as statistical tables round: 78.25 → 78.3
        return format.format(value);
    }

    public String format(Double value, int decimals) {
        return format(value, decimals, LocaleContextHolder.getLocale());
    }
}
