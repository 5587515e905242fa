package kz.tendik.portal.cache;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

/**
 * What a public page's content depends on: its path, the language, and for the centre finder the chosen region and
 * service. A request with anything else in its address (a "near me" position, a city typed or chosen, a language
 * switch that must set its cookie, an unknown parameter) has no key and is rendered afresh, so nothing a reader
 * entered is ever kept and the number of keys stays small.
 */
record PublicPageKey(String path, String language, String region, String need) {

    private static final Pattern PAGE_PATH = Pattern.compile("/help(/pages/[a-z0-9-]{1,60}|/centres|/centres/\\d{1,9}|/data[a-z0-9/-]{0,80})?");
    private static final Pattern REGION = Pattern.compile("KZ-[A-Z0-9]{1,3}");
    private static final Pattern NEED = Pattern.compile("[A-Z_]{1,30}");

    static boolean isPortalPath(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/help");
    }

    static Optional<PublicPageKey> of(HttpServletRequest request, String language) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!PAGE_PATH.matcher(path).matches()) {
            return Optional.empty();
        }
        String region = null;
        String need = null;
        for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
            String[] values = parameter.getValue();
            if (values.length != 1) {
                return Optional.empty();
            }
            String value = values[0];
            if (value.isEmpty()) {
                continue; // an untouched field of the search form
            }
            if (!path.equals("/help/centres")) {
                return Optional.empty();
            }
            switch (parameter.getKey()) {
                case "region" -> region = value;
                case "need" -> need = value;
                default -> {
                    return Optional.empty();
                }
            }
        }
        if (region != null && !REGION.matcher(region).matches() || need != null && !NEED.matcher(need).matches()) {
            return Optional.empty();
        }
        return Optional.of(new PublicPageKey(path, language, region, need));
    }
}
