package kz.tendik.shared;

import java.time.ZoneId;
import java.util.TimeZone;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;

/**
 * Times are stored as instants (timestamptz) and shown in one zone, Kazakhstan's ({@code tendik.time-zone},
 * default Asia/Almaty, UTC+5 since 2024), whatever zone the server's operating system uses.
 */
@Configuration(proxyBeanMethods = false)
class TimeZoneConfiguration {

    TimeZoneConfiguration(@Value("${tendik.time-zone:Asia/Almaty}") ZoneId zone) {
        TimeZone.setDefault(TimeZone.getTimeZone(zone));
    }
}
