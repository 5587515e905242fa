package kz.tendik.cases.measure;

import java.time.Duration;
import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code tendik.cases.measures.*}: durations set by law, kept in configuration because laws and sources change
 * (administrative detention is "up to 24 h" in some sources and 48 h in others).
 *
 * @param protectiveOrder            how long a protective order lasts from service (30 days)
 * @param specialRequirementsMinimum shortest term a court may set for special requirements (3 months)
 * @param specialRequirementsMaximum longest term (12 months)
 * @param administrativeDetention    longest administrative detention (24 hours)
 * @param warningDays                how many days before a measure expires the caseworker is warned (5)
 * @param policeReportsMinimum       fewest reports to the police a month a court may order (1)
 * @param policeReportsMaximum       most reports to the police a month (4)
 */
@ConfigurationProperties("tendik.cases.measures")
public record MeasureSettings(
        @DefaultValue("30d") Duration protectiveOrder,
        @DefaultValue("3m") Period specialRequirementsMinimum,
        @DefaultValue("12m") Period specialRequirementsMaximum,
        @DefaultValue("24h") Duration administrativeDetention,
        @DefaultValue("5") int warningDays,
        @DefaultValue("1") int policeReportsMinimum,
        @DefaultValue("4") int policeReportsMaximum) {

    public MeasureSettings {
        if (protectiveOrder.isNegative() || protectiveOrder.isZero() || administrativeDetention.isNegative()
                || administrativeDetention.isZero()) {
            throw new IllegalArgumentException("tendik.cases.measures: durations must be positive");
        }
        if (specialRequirementsMinimum.isNegative() || specialRequirementsMinimum.isZero()
                || specialRequirementsMinimum.toTotalMonths() > specialRequirementsMaximum.toTotalMonths()) {
            throw new IllegalArgumentException("tendik.cases.measures: special requirements minimum must be positive and not above the maximum");
        }
        if (warningDays < 0 || policeReportsMinimum < 1 || policeReportsMinimum > policeReportsMaximum) {
            throw new IllegalArgumentException("tendik.cases.measures: warning days from 0, police reports from 1, minimum not above maximum");
        }
    }

    /** The values of the law as this system ships them. */
    public static MeasureSettings defaults() {
        return new MeasureSettings(Duration.ofDays(30), Period.ofMonths(3), Period.ofMonths(12), Duration.ofHours(24),
                5, 1, 4);
    }
}
