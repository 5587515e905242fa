package kz.tendik.cases.retention;

import java.time.Period;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RetentionSettingsTest {

    private static RetentionSettings bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties))
                .bindOrCreate("tendik.cases.retention", RetentionSettings.class);
    }

    @Test
    void theDefaultsAreTwoYearsForTextFiveForTheRecordAndANightlyRun() {
        RetentionSettings settings = bind(Map.of());
        assertThat(settings.textAfter()).isEqualTo(Period.ofYears(2));
        assertThat(settings.recordAfter()).isEqualTo(Period.ofYears(5));
        assertThat(settings.purgeCron()).isEqualTo("0 30 2 * * *");
    }

    @Test
    void isoPeriodsAreRead() {
        RetentionSettings settings = bind(Map.of("tendik.cases.retention.text-after", "P18M",
                "tendik.cases.retention.record-after", "P3Y"));
        assertThat(settings.textAfter()).isEqualTo(Period.ofMonths(18));
        assertThat(settings.recordAfter()).isEqualTo(Period.ofYears(3));
    }

    @Test
    void aRecordPeriodShorterThanTheTextPeriodOrABadCronStopsTheStart() {
        assertThatThrownBy(() -> bind(Map.of("tendik.cases.retention.text-after", "P5Y",
                "tendik.cases.retention.record-after", "P2Y")))
                .hasRootCauseMessage("tendik.cases.retention: the record cannot be purged before its text");
        assertThatThrownBy(() -> bind(Map.of("tendik.cases.retention.purge-cron", "every night")))
                .hasRootCauseMessage("tendik.cases.retention.purge-cron is not a valid cron expression");
    }
}
