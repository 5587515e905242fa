package kz.tendik.cases.access;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** {@code tendik.cases.break-glass-duration}: how long a break-glass grant lasts (default 4 hours). */
@ConfigurationProperties("tendik.cases")
public record CaseAccessSettings(@DefaultValue("4h") Duration breakGlassDuration) {

    public CaseAccessSettings {
        if (breakGlassDuration == null || breakGlassDuration.isNegative() || breakGlassDuration.isZero()) {
            throw new IllegalArgumentException("tendik.cases.break-glass-duration must be positive");
        }
    }
}
