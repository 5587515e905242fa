package kz.tendik.portal.web;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Small formatting for public pages ({@code @portalText} in templates): phone links and opening hours. */
@Component("portalText")
public class PortalText {

    private static final Pattern DAY = Pattern.compile("\\b(Mo|Tu|We|Th|Fr|Sa|Su|PH)\\b");
    private final MessageSource messages;

    PortalText(MessageSource messages) {
        this.messages = messages;
    }

    /** {@code tel:} link for a number as written ({@code +7 7172 55 11 11} → {@code tel:+77172551111}). */
    public String tel(String phone) {
        return "tel:" + (phone == null ? "" : phone.replaceAll("[^+0-9]", ""));
    }

    /**
     * Opening hours in OpenStreetMap syntax with the day names in the page's language
     * ({@code Mo-Fr 09:00-18:00} → {@code Дс–Жм 09:00–18:00}); {@code 24/7} becomes "around the clock".
     */
    public String hours(String openingHours) {
        if (openingHours == null || openingHours.isBlank()) {
            return "";
        }
        Locale locale = LocaleContextHolder.getLocale();
        if (openingHours.trim().equals("24/7")) {
            return messages.getMessage("portal.hours.always", null, locale);
        }
        Matcher day = DAY.matcher(openingHours);
        StringBuilder out = new StringBuilder();
        while (day.find()) {
            day.appendReplacement(out, Matcher.quoteReplacement(
                    messages.getMessage("portal.day." + day.group(1), null, day.group(1), locale)));
        }
        day.appendTail(out);
        return out.toString().replace("; ", "; ").replace('-', '–');
    }
}
