package kz.tendik.programs.cohort;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Today's date in Kazakhstan's time zone, from the application's clock. */
@Component
class Today {

    private final Clock clock;
    private final ZoneId zone;

    Today(Clock clock, @Value("${tendik.time-zone:Asia/Almaty}") ZoneId zone) {
        this.clock = clock;
        this.zone = zone;
    }

    /** The application's time zone (tendik.time-zone). */
    ZoneId zone() {
        return zone;
    }

    LocalDate date() {
        return LocalDate.now(clock.withZone(zone));
    }
}
