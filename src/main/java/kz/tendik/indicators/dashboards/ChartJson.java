package kz.tendik.indicators.dashboards;

import java.text.DecimalFormatSymbols;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * A figure as the JSON that {@code static/js/dashboards.js} hands to Chart.js: it travels in the canvas's
 * {@code data-chart} attribute (escaped like any attribute), so no inline script is needed and the CSP holds.
 */
@Component
class ChartJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final MessageSource messages;

    ChartJson(MessageSource messages) {
        this.messages = messages;
    }

    String of(Chart chart, Locale locale) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("type", chart.kind());
        data.put("title", chart.title());
        data.put("unit", messages.getMessage(chart.unitKey(), null, locale));
        data.put("decimals", chart.decimals());
        data.put("locale", locale.getLanguage());
        // the separators as the server writes them, in case the browser's Intl lacks the language (Kazakh in some builds)
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(locale);
        data.put("decimal", String.valueOf(symbols.getDecimalSeparator()));
        data.put("group", String.valueOf(symbols.getGroupingSeparator()));
        data.put("labels", chart.categories());
        data.put("datasets", chart.series().stream()
                .map(s -> Map.<String, Object>of("label", s.label(), "data", s.values())).toList());
        return JSON.writeValueAsString(data);
    }
}
